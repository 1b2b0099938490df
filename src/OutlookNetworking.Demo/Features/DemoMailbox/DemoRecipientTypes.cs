using OutlookNetworking.Core.Addresses;
using OutlookNetworking.GraphSimulator.Snapshot;

namespace OutlookNetworking.Demo.Features.DemoMailbox;

/// <summary>
/// Tells the simulated tenant's addresses apart as Outlook's <c>recipientType</c> does: users of the snapshot (and
/// their aliases) are <c>user</c>; rooms and equipment <c>other</c>; any other address in the tenant's domains is a
/// group or distribution list (a snapshot lists every mailbox user, so an unlisted internal address is a list,
/// such as the generator's <c>all@</c> and team lists); everything else <c>externalUser</c>.
/// </summary>
internal sealed class DemoRecipientTypes
{
    public const string User = "user";
    public const string ExternalUser = "externalUser";
    public const string DistributionList = "distributionList";
    public const string Other = "other";

    private readonly HashSet<string> _domains;
    private readonly Dictionary<string, string> _known = new(StringComparer.Ordinal);

    public DemoRecipientTypes(TenantSnapshot snapshot)
    {
        _domains = snapshot.Tenant.Domains.Select(d => d.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        foreach (var user in snapshot.Users)
        {
            var type = user.UserPurpose is "room" or "equipment" ? Other : User;
            foreach (var address in user.ProxyAddresses.Append(user.Mail).Append(user.UserPrincipalName))
            {
                if (EmailAddresses.Normalize(address) is { } normal)
                {
                    _known.TryAdd(normal, type);
                }
            }
        }

        foreach (var room in snapshot.Rooms)
        {
            if (EmailAddresses.Normalize(room.EmailAddress) is { } normal)
            {
                _known[normal] = Other;
            }
        }
    }

    public string Of(string? address)
    {
        if (EmailAddresses.Normalize(address) is not { } normal)
        {
            return Other;
        }

        if (_known.TryGetValue(normal, out var type))
        {
            return type;
        }

        return _domains.Contains(normal[(normal.LastIndexOf('@') + 1)..]) ? DistributionList : ExternalUser;
    }
}
