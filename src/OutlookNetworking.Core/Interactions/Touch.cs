namespace OutlookNetworking.Core.Interactions;

/// <summary>
/// One interaction between the owner and one contact: when, on which day in the owner's time zone,
/// in which direction, and how much it weighs (1 = a direct 1:1 mail).
/// </summary>
/// <param name="UtcTicks">The instant, as UTC ticks.</param>
/// <param name="Day">The owner's local calendar day, as <see cref="DateOnly.DayNumber"/>.</param>
/// <param name="Source">Index of the message or meeting in the input.</param>
/// <param name="Flags">What else is known about it.</param>
internal readonly record struct Touch(long UtcTicks, int Day, TouchKind Kind, float Weight, int Source, TouchFlags Flags);

/// <summary>Facts about a touch that later rules need.</summary>
[Flags]
internal enum TouchFlags : byte
{
    None = 0,

    /// <summary>Received mail that Focused Inbox classified as Other: bulk unless the owner ever wrote
    /// to the sender.</summary>
    OtherClass = 1,

    /// <summary>A meeting small enough to make a two-way tie on its own.</summary>
    SmallMeeting = 2,
}
