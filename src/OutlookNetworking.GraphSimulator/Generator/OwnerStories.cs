namespace OutlookNetworking.GraphSimulator.Generator;

/// <summary>The stories planted for one user, as expected.json lists them.</summary>
internal sealed class OwnerStories(Person owner)
{
    public Person Owner { get; } = owner;

    public List<Expectation> MustSuggest { get; } = [];

    public List<Expectation> MustNotSuggest { get; } = [];

    public List<string> MustNotBeContacts { get; } = [];

    public int SkippedAtLeast { get; set; }

    /// <summary>Contacts met only in recurring series planted for the owner, and how many of those meetings a correct
    /// analysis counts.</summary>
    public List<MeetingCount> MeetingCounts { get; } = [];

    /// <summary>A series the test deletes between two nights through the simulator's control surface.</summary>
    public SeriesDeletion? DeleteBetweenNights { get; set; }
}
