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

    /// <summary>The message or meeting had another person on it besides the owner and this contact (a recipient of
    /// sent mail, a To or Cc of received mail that is not the owner, an attendee): such an address is not the owner's
    /// own (<see cref="Addresses.OwnAddressRule"/>).</summary>
    WithOthers = 4,
}
