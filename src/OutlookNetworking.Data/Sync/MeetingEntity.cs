namespace OutlookNetworking.Data.Sync;

/// <summary>One calendar occurrence: when, who, whether it happened for the owner. No subject, no body.
/// Keyed by (<see cref="MailboxNumber"/>, <see cref="Id"/>).</summary>
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
}
