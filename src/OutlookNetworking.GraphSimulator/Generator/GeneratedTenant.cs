namespace OutlookNetworking.GraphSimulator.Generator;

/// <summary>What the generator wrote.</summary>
/// <param name="Users">Entries of users.json (people, the shared mailbox, rooms, the heavy mailbox).</param>
/// <param name="StoryOwners">The users (UPNs) whose planted stories <c>expected.json</c> lists.</param>
/// <param name="MalformedLinesByUser">Malformed lines written per user id.</param>
public sealed record GeneratedTenant(
    string OutputPath,
    string TenantId,
    int Users,
    long Messages,
    long Events,
    IReadOnlyList<string> StoryOwners,
    IReadOnlyDictionary<string, int> MalformedLinesByUser);
