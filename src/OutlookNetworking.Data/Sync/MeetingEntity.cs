namespace OutlookNetworking.Data.Sync;

/// <summary>One calendar occurrence: when, who, whether it happened for the owner. No subject, no body, no location.
/// Keyed by (<see cref="CalendarEntryFields.MailboxNumber"/>, <see cref="CalendarEntryFields.Id"/>). An occurrence of a recurring series as Graph serves it
/// (a skeleton, graph-fidelity GF-1) has only its times here: who and how come from its series master
/// (<see cref="SeriesMasterEntity"/>) when it is read.</summary>
public sealed class MeetingEntity : CalendarEntryFields
{
    public int SyncGeneration { get; set; }

    /// <summary>Occurrences and exceptions: their series master's Graph id.</summary>
    public string? SeriesMasterId { get; set; }

    /// <summary>A skeleton occurrence: organizer, attendees, responses, cancellation and all-day come from its master.</summary>
    public bool FromMaster { get; set; }
}
