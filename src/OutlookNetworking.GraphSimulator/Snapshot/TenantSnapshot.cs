using System.Text.Json;
using OutlookNetworking.GraphSimulator.Store;

namespace OutlookNetworking.GraphSimulator.Snapshot;

/// <summary>
/// A loaded tenant snapshot (format: docs/tenant-snapshot.md): the tenant, its users, rooms and groups,
/// every mailbox's items, and the load report. Load one with <see cref="SnapshotLoader.Load"/>.
/// </summary>
public sealed class TenantSnapshot
{
    private readonly Dictionary<string, SnapshotUser> _byKey;

    internal TenantSnapshot(
        string path,
        TenantInfo tenant,
        IReadOnlyList<SnapshotUser> users,
        IReadOnlyList<JsonPayload> userPayloads,
        IReadOnlyList<SnapshotRoom> rooms,
        IReadOnlyList<JsonPayload> roomPayloads,
        IReadOnlyDictionary<string, LoadedMailbox> mailboxes,
        SnapshotLoadReport report)
    {
        Path = path;
        Tenant = tenant;
        Users = users;
        UserPayloads = userPayloads;
        Rooms = rooms;
        RoomPayloads = roomPayloads;
        Mailboxes = mailboxes;
        LoadReport = report;
        _byKey = new Dictionary<string, SnapshotUser>(StringComparer.OrdinalIgnoreCase);
        foreach (var user in users)
        {
            _byKey.TryAdd(user.Id, user);
            if (!string.IsNullOrEmpty(user.UserPrincipalName))
            {
                _byKey.TryAdd(user.UserPrincipalName, user);
            }
        }
    }

    /// <summary>The folder it was loaded from.</summary>
    public string Path { get; }

    public TenantInfo Tenant { get; }

    /// <summary>The instant the snapshot was taken (<c>tenant.json</c> <c>now</c>), if given.</summary>
    public DateTimeOffset? Now => Tenant.Now;

    /// <summary>The users of <c>users.json</c>, in file order.</summary>
    public IReadOnlyList<SnapshotUser> Users { get; }

    public IReadOnlyList<SnapshotRoom> Rooms { get; }

    /// <summary>The groups of the optional <c>groups.json</c> (distribution lists, Microsoft 365 groups), in file order.</summary>
    public IReadOnlyList<SnapshotGroup> Groups { get; internal init; } = [];

    public SnapshotLoadReport LoadReport { get; }

    internal IReadOnlyList<JsonPayload> UserPayloads { get; }

    internal IReadOnlyList<JsonPayload> RoomPayloads { get; }

    internal IReadOnlyList<JsonPayload> GroupPayloads { get; init; } = [];

    internal IReadOnlyDictionary<string, LoadedMailbox> Mailboxes { get; }

    /// <summary>
    /// Every address that wrote a message (<c>from</c>) or organised an event (<c>organizer</c>) in any mailbox of the
    /// snapshot, lower-cased: the addresses that act, which a list never does (graph-fidelity GF-14).
    /// </summary>
    public IReadOnlySet<string> ActingAddresses()
    {
        var from = FieldNames.GetOrAdd("from");
        var organizer = FieldNames.GetOrAdd("organizer");
        var addresses = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mailbox in Mailboxes.Values)
        {
            foreach (var message in mailbox.Messages)
            {
                AddAddress(message.Payload, from, addresses);
            }

            foreach (var item in mailbox.Events)
            {
                AddAddress(item.Payload, organizer, addresses);
            }
        }

        return addresses;
    }

    /// <summary>Finds a user by id or user principal name (case-insensitive).</summary>
    public SnapshotUser? FindUser(string idOrUserPrincipalName) => _byKey.GetValueOrDefault(idOrUserPrincipalName);

    /// <summary>Adds <c>field.emailAddress.address</c> of <paramref name="payload"/>, when there is one.</summary>
    private static void AddAddress(JsonPayload payload, int field, HashSet<string> addresses)
    {
        if (!payload.TryGetRaw(field, out var raw) || raw.Length == 0 || raw[0] != (byte)'{')
        {
            return;
        }

        var reader = new Utf8JsonReader(raw);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 2 && reader.ValueTextEquals("address"u8)
                && reader.Read() && reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: > 0 } address)
            {
                addresses.Add(address.Trim().ToLowerInvariant());
                return;
            }
        }
    }
}
