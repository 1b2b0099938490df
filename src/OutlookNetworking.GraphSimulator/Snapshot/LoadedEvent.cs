using OutlookNetworking.GraphSimulator.Store;

namespace OutlookNetworking.GraphSimulator.Snapshot;

/// <summary>An event line as loaded, with its start and end resolved to UTC.</summary>
/// <param name="Shape">What the line is: a single instance, a series master, an occurrence or an exception.</param>
/// <param name="SeriesMasterId">Occurrences and exceptions: their master's id (which may be in no line).</param>
/// <param name="IsSkeleton">An occurrence carrying only what Graph's calendarView/delta serves of one (GF-1).</param>
internal sealed record LoadedEvent(
    string Id,
    DateTimeOffset Start,
    DateTimeOffset End,
    JsonPayload Payload,
    EventShape Shape,
    string? SeriesMasterId,
    bool IsSkeleton,
    EventClock Clock)
{
    /// <summary>The series role the store gives it.</summary>
    public EventTraits Traits => Shape switch
    {
        EventShape.Master => new EventTraits(Id, SeriesRole.Master, Clock),
        EventShape.Occurrence or EventShape.Exception when SeriesMasterId is not null => new EventTraits(SeriesMasterId, SeriesRole.Member, Clock),
        _ => new EventTraits(null, SeriesRole.None, Clock),
    };
}

/// <summary>Graph's event <c>type</c>.</summary>
internal enum EventShape
{
    SingleInstance,
    Master,
    Occurrence,
    Exception,
}
