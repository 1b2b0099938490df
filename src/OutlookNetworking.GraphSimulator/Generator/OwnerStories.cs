namespace OutlookNetworking.GraphSimulator.Generator;

/// <summary>The stories planted for one user, as expected.json lists them.</summary>
internal sealed class OwnerStories(Person owner)
{
    public Person Owner { get; } = owner;

    public List<Expectation> MustSuggest { get; } = [];

    public List<Expectation> MustNotSuggest { get; } = [];

    public List<string> MustNotBeContacts { get; } = [];

    public int SkippedAtLeast { get; set; }
}
