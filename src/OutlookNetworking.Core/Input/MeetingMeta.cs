namespace OutlookNetworking.Core.Input;

/// <summary>
/// One calendar occurrence (single instance, occurrence or exception) in the owner's calendar.
/// </summary>
/// <param name="Id">Mailbox-unique id (Graph immutable id).</param>
/// <param name="Organizer">May be missing (events created by some clients have none).</param>
/// <param name="MyResponse">The owner's own response (Graph <c>responseStatus</c>), which wins over
/// whatever the owner's attendee entry says.</param>
public sealed record MeetingMeta(
    string Id,
    DateTimeOffset Start,
    DateTimeOffset End,
    bool IsAllDay,
    Party? Organizer,
    IReadOnlyList<Attendee> Attendees,
    bool IsCancelled,
    bool IsOrganizer,
    ResponseKind MyResponse);

/// <summary>One attendee of a meeting.</summary>
public sealed record Attendee(Party Who, AttendeeKind Kind, ResponseKind Response);

/// <summary>Graph attendee <c>type</c>. <see cref="Resource"/> is a room or equipment.
/// Stored as a number (in each meeting row's attendee list): a member keeps its number for good and a new one takes the
/// next free number (the Data tests' <c>StoredEnumValuesTests</c> pin them).</summary>
public enum AttendeeKind
{
    Required = 0,
    Optional = 1,
    Resource = 2,
}

/// <summary>Graph <c>responseType</c>. Stored as a number (each meeting row and its attendee list): a member keeps its
/// number for good and a new one takes the next free number (the Data tests' <c>StoredEnumValuesTests</c> pin them).</summary>
public enum ResponseKind
{
    None = 0,
    Organizer = 1,
    TentativelyAccepted = 2,
    Accepted = 3,
    Declined = 4,
    NotResponded = 5,
}
