using OutlookNetworking.Core.Addresses;
using OutlookNetworking.GraphSimulator.Snapshot;

namespace OutlookNetworking.Demo.Features.DemoMailbox;

/// <summary>
/// Tells the simulated tenant's addresses apart as Outlook's <c>recipientType</c> does: users of the snapshot (and
/// their aliases) are <c>user</c>; rooms and equipment <c>other</c>; everything outside the tenant's domains
/// <c>externalUser</c>. An address in the tenant's domains that no user has is told apart as the product does
/// (graph-fidelity GF-14, <c>UnresolvedInternalAddresses</c>): when it wrote a message or organised a meeting in some
/// mailbox of the snapshot it is a person (<c>user</c>: a colleague the snapshot's directory does not list, such as
/// contoso-stories' Dev Costa, whom Outlook's address book would know); when it never acts it is a group or
/// distribution list (the generator's <c>all@</c> and team lists, contoso-stories' Operations 1). Only the demo's stand-in
/// for Outlook's <c>recipientType</c>: a list card in the pane asks the API nothing, so a colleague read as a list
/// would never get a person card.
/// </summary>
internal sealed class DemoRecipientTypes
{
    public const string User = "user";
    public const string ExternalUser = "externalUser";
    public const string DistributionList = "distributionList";
    public const string Other = "other";

    private readonly HashSet<string> _domains;
    private readonly Dictionary<string, string> _known = new(StringComparer.Ordinal);
    private readonly IReadOnlySet<string> _acting;

    public DemoRecipientTypes(TenantSnapshot snapshot)
    {
        _acting = snapshot.ActingAddresses();
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

        if (!_domains.Contains(normal[(normal.LastIndexOf('@') + 1)..]))
        {
            return ExternalUser;
        }

        return _acting.Contains(normal) ? User : DistributionList;
    }
}
