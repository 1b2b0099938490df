namespace OutlookNetworking.GraphSimulator.Generator;

/// <summary>Someone who appears in mail: a user with a mailbox, or an address outside the snapshot.</summary>
/// <param name="UserId">The users.json id, for people with a mailbox.</param>
/// <param name="Alias">A secondary SMTP address (proxyAddresses), if any.</param>
/// <param name="TimeZone">The mailbox time zone (IANA or Windows id); working hours are local to it.</param>
/// <param name="Joined">When a new hire joined (their activity starts then); null for everyone else.</param>
internal sealed record Person(
    string Name,
    string Address,
    string? UserId,
    string? Alias,
    string Department,
    string JobTitle,
    string TimeZone,
    PersonRole Role,
    DateTimeOffset? Joined = null)
{
    public bool HasMailbox => UserId is not null;

    public Recipient AsRecipient => new(Name, Address);

    /// <summary>People are compared by identity (the generator creates each once), which keeps look-ups cheap.</summary>
    public bool Equals(Person? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    public bool Owns(string address) =>
        string.Equals(address, Address, StringComparison.OrdinalIgnoreCase)
        || (Alias is not null && string.Equals(address, Alias, StringComparison.OrdinalIgnoreCase));
}
