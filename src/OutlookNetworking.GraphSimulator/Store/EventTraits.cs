namespace OutlookNetworking.GraphSimulator.Store;

/// <summary>
/// What a calendar item is beyond its JSON: its place in a recurring series and its own clock. Carried by the
/// items of a mailbox's calendar (<see cref="TrackedCollection"/>), null for messages.
/// </summary>
/// <param name="SeriesId">The series master's id: the master's own id, or an occurrence's <c>seriesMasterId</c>.</param>
internal sealed record EventTraits(string? SeriesId, SeriesRole Role, EventClock Clock)
{
    public bool InSeries => SeriesId is not null && Role != SeriesRole.None;
}

/// <summary>How an item takes part in a recurring series (graph-fidelity GF-1, GF-2, GF-4).</summary>
internal enum SeriesRole
{
    /// <summary>A single instance (or an occurrence that names no master).</summary>
    None,

    /// <summary>The series master: served in a calendar view only together with one of its occurrences in the window.</summary>
    Master,

    /// <summary>An occurrence or exception: served with its series on one page; deleting it is never reported (GF-4).</summary>
    Member,
}

/// <summary>
/// An event's own clock: the time zone it was written in and, for all-day events, its wall-clock start and end
/// (Graph serves all-day events midnight to midnight whatever zone is asked for, GF-5).
/// </summary>
internal readonly record struct EventClock(string Zone, bool IsAllDay, DateTime LocalStart, DateTime LocalEnd)
{
    public static EventClock Utc(DateTimeOffset start, DateTimeOffset end) => new("UTC", false, start.UtcDateTime, end.UtcDateTime);
}
