namespace OutlookNetworking.Data.Sync;

/// <summary>
/// A recurring series' master as Graph serves it (graph-fidelity GF-1): who organises it, who attends and how they
/// answered, whether it is cancelled. Its occurrences (<see cref="MeetingEntity.FromMaster"/>) are filled from it
/// when read. Kept across delta rounds: a later round carries a master only when it changed (GF-2). No subject, no
/// body, no location. Keyed by (<see cref="MailboxNumber"/>, <see cref="Id"/>); removed with its last occurrence.
/// </summary>
public sealed class SeriesMasterEntity
{
    /// <summary>The mailbox's <see cref="MailboxNumberEntity.Number"/>.</summary>
    public int MailboxNumber { get; set; }

    /// <summary>Graph immutable id of the master.</summary>
    public string Id { get; set; } = "";

    /// <summary>The series' first occurrence (may be long before the calendar window).</summary>
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
