namespace OutlookNetworking.GraphSimulator.Generator;

/// <summary>A team: its members mail the team list and meet weekly in their room.</summary>
internal sealed record Team(string Name, string Department, IReadOnlyList<Person> Members, Person Manager, string ListAddress, Person Room, string TimeZone)
{
    public Recipient List => new(Name + " team", ListAddress);
}
