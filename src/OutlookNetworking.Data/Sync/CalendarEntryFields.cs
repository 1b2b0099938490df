namespace OutlookNetworking.Data.Sync;

/// <summary>
/// What a stored meeting (<see cref="MeetingEntity"/>) and a stored series master (<see cref="SeriesMasterEntity"/>)
/// hold alike: when, who organises it, who attends and how they answered, whether it is cancelled. No subject, no body,
/// no location. Not an entity of its own: each table has these columns. Keyed by (<see cref="MailboxNumber"/>,
/// <see cref="Id"/>).
/// </summary>
public abstract class CalendarEntryFields
{
    /// <summary>The mailbox's <see cref="MailboxNumberEntity.Number"/>.</summary>
    public int MailboxNumber { get; set; }

    /// <summary>Graph immutable id.</summary>
    public string Id { get; set; } = "";

    /// <summary>Start (a series master: its first occurrence's, which may be long before the calendar window).</summary>
    public long StartMs { get; set; }

    public long EndMs { get; set; }

    public bool IsAllDay { get; set; }

    public string? OrganizerAddress { get; set; }

    public string? OrganizerName { get; set; }

    /// <summary>Attendees as compact JSON (see <see cref="RecipientCodec"/>).</summary>
    public string Attendees { get; set; } = "[]";

    public bool IsCancelled { get; set; }

    public bool IsOrganizer { get; set; }

    /// <summary><see cref="OutlookNetworking.Core.Input.ResponseKind"/> as a number.</summary>
    public int MyResponse { get; set; }
}
