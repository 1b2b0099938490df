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

    public bool IsFor(Person user) =>
        ReferenceEquals(Organizer, user) || Attendees.Contains(user) || (Invited is not null && Invited.Contains(user));
}
