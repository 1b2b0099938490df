using Microsoft.Extensions.Options;
using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Introductions;
using OutlookNetworking.Data.Introductions;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Web.Features.Digest;

/// <summary>
/// What the digest asks warm introductions (issue 17): for some of the user's external contacts, which colleague knows
/// each of them well. The answer applies the same consent as <c>GET /api/introductions</c>: nothing when the
/// organisation's switch is off or the asker has not opted in (give to get), and only colleagues of the same
/// organisation who opted in now, never the asker.
/// </summary>
public interface IDigestIntroductions
{
    /// <summary>Per address of <paramref name="addresses"/> (lower-case SMTP) that an opted-in colleague knows well (a
    /// strong tie), that colleague's display name (the best placed one); addresses nobody knows well are absent.</summary>
    Task<IReadOnlyDictionary<string, string>> WhoKnowsWellAsync(MailboxKey asker, IReadOnlyCollection<string> addresses,
        CancellationToken cancellationToken);
}

/// <summary>
/// <see cref="IDigestIntroductions"/> from the introductions index (<see cref="IntroductionStore"/>): one indexed read
/// of the addresses (no company fallback: the line names who knows the person), kept to discoverable colleagues other
/// than the asker whose tie reads <see cref="StrengthLabel.Strong"/> (<see cref="IntroductionRanking.StrengthLabelOf"/>);
/// of several, the strongest, then the most recent.
/// </summary>
internal sealed class IndexDigestIntroductions(IntroductionStore store, IOptions<EngineOptions> options) : IDigestIntroductions
{
    public async Task<IReadOnlyDictionary<string, string>> WhoKnowsWellAsync(MailboxKey asker, IReadOnlyCollection<string> addresses,
        CancellationToken cancellationToken)
    {
        if (addresses.Count == 0
            || !await store.IsEnabledAsync(asker.TenantId, cancellationToken)
            || !await store.IsDiscoverableAsync(asker, cancellationToken))
        {
            return new Dictionary<string, string>();
        }

        var rows = await store.FindAsync(asker.TenantId, addresses, [], cancellationToken);
        return rows
            .Where(r => r.Discoverable && r.UserId != asker.UserId && addresses.Contains(r.ContactAddress)
                        && IntroductionRanking.StrengthLabelOf(r.Strength, options.Value) == StrengthLabel.Strong
                        && (r.ColleagueName is { Length: > 0 } || r.ColleagueMail is { Length: > 0 }))
            .GroupBy(r => r.ContactAddress, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(r => r.Strength).ThenByDescending(r => r.LastContact).Select(r => r.ColleagueName is { Length: > 0 } name ? name : r.ColleagueMail!).First(),
                StringComparer.Ordinal);
    }
}
