namespace OutlookNetworking.Core.Input;

/// <summary>
/// One item of a calendar as sync receives it from Graph (graph-fidelity GF-1): a meeting of its own (a single
/// instance, or an exception of a series), an occurrence of a recurring series (its times only: who, how and whether
/// it happened come from its series master), or the series master itself.
/// </summary>
/// <param name="Meeting">The item's metadata; for an <see cref="CalendarItemKind.Occurrence"/> only id, start, end and
/// all-day are its own; for a <see cref="CalendarItemKind.SeriesMaster"/> the times are its first occurrence's.</param>
/// <param name="SeriesMasterId">Occurrences and exceptions: their series master's id.</param>
public sealed record CalendarItem(CalendarItemKind Kind, MeetingMeta Meeting, string? SeriesMasterId);

/// <summary>What a <see cref="CalendarItem"/> is.</summary>
public enum CalendarItemKind
{
    /// <summary>A meeting with its own participants: a single instance or an exception (a changed occurrence).</summary>
    Meeting,

    /// <summary>An occurrence served as a skeleton: filled from its series master.</summary>
    Occurrence,

    /// <summary>A recurring series' master: the participants, responses and cancellation of its occurrences.</summary>
    SeriesMaster,
}
