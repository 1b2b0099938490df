namespace OutlookNetworking.Core.Interactions;

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
