namespace OutlookNetworking.Data.Sync;

/// <summary>
/// A recurring series' master as Graph serves it (graph-fidelity GF-1): who organises it, who attends and how they
/// answered, whether it is cancelled. Its occurrences (<see cref="MeetingEntity.FromMaster"/>) are filled from it
/// when read. Kept across delta rounds: a later round carries a master only when it changed (GF-2). No subject, no
/// body, no location. Keyed by (<see cref="CalendarEntryFields.MailboxNumber"/>, <see cref="CalendarEntryFields.Id"/>); removed with its last occurrence.
/// </summary>
public sealed class SeriesMasterEntity : CalendarEntryFields;
