namespace OutlookNetworking.Data.Sync;

/// <summary>One calendar occurrence: when, who, whether it happened for the owner. No subject, no body, no location.
/// Keyed by (<see cref="MailboxNumber"/>, <see cref="Id"/>). An occurrence of a recurring series as Graph serves it
/// (a skeleton, graph-fidelity GF-1) has only its times here: who and how come from its series master
/// (<see cref="SeriesMasterEntity"/>) when it is read.</summary>
public sealed class MeetingEntity
{
    /// <summary>The mailbox's <see cref="MailboxNumberEntity.Number"/>.</summary>
    public int MailboxNumber { get; set; }

    /// <summary>Graph immutable id.</summary>
    public string Id { get; set; } = "";

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

    public int SyncGeneration { get; set; }

    /// <summary>Occurrences and exceptions: their series master's Graph id.</summary>
    public string? SeriesMasterId { get; set; }

    /// <summary>A skeleton occurrence: organizer, attendees, responses, cancellation and all-day come from its master.</summary>
    public bool FromMaster { get; set; }
}
