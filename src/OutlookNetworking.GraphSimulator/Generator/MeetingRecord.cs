namespace OutlookNetworking.GraphSimulator.Generator;

/// <summary>One calendar occurrence (or single meeting), before it is placed in each attendee's calendar.</summary>
/// <param name="Responses">Per attendee address, a response other than "accepted" (e.g. declined).</param>
internal sealed record MeetingRecord(
    string Key,
    string Subject,
    DateTimeOffset Start,
    TimeSpan Duration,
    Person Organizer,
    IReadOnlyList<Person> Attendees,
    IReadOnlyList<Recipient> ExtraAttendees,
    Person? Room,
    string Type,
    string? SeriesMasterId,
    bool IsCancelled = false,
    IReadOnlyDictionary<string, string>? Responses = null)
{
    /// <summary>Users whose calendars hold it when that is more than <see cref="Attendees"/> (invited through a list).</summary>
    public IReadOnlyList<Person>? Invited { get; init; }

    /// <summary>An occurrence moved from its series' rhythm: written as an exception (a full event) even where its fields
    /// are its master's.</summary>
    public bool IsMoved { get; init; }

    /// <summary>An occurrence cancelled and gone, as Graph shows one (graph-fidelity GF-4): no line at all. It still
    /// shapes its series (the master and its rhythm).</summary>
    public bool IsOmitted { get; init; }

    public bool IsFor(Person user) =>
        ReferenceEquals(Organizer, user) || Attendees.Contains(user) || (Invited is not null && Invited.Contains(user));
}
