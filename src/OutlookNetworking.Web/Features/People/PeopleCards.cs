using Microsoft.Extensions.Options;
using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Data.Analysis;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Web.Features.Analysis;
using OutlookNetworking.Web.Features.Links;
using OutlookNetworking.Web.Features.Me;
using OutlookNetworking.Web.Features.Suggestions;
using DirectoryInfo = OutlookNetworking.Core.Input.DirectoryInfo;

namespace OutlookNetworking.Web.Features.People;

/// <summary>
/// Builds the cards of the people on an open email for the signed-in user from cached reads: the user's mailbox row
/// (opt-out, <see cref="UserMailboxes"/>), their ranked open suggestions with their feedback
/// (<see cref="RankedSuggestions"/>), their relationships with exactly these addresses from the same analysis snapshot
/// (<see cref="UserAnalysisCache"/>: one query for the addresses not looked up before), and the tenant directory
/// (<see cref="TenantDirectory"/>), and for people without a relationship, whether the only mail shared with them is
/// list mail (<see cref="ListOnlyContact"/>). Names come from the relationship, else the directory; "internal" from the tenant's
/// domains; muted and goal from the user's feedback.
/// </summary>
internal sealed class PeopleCards(
    UserMailboxes mailboxes,
    UserAnalysisCache analyses,
    RankedSuggestions suggestions,
    TenantDirectory directory,
    OutlookWebLinks links,
    IOptions<EngineOptions> options)
{
    /// <summary>The cards, or null when the user opted out.</summary>
    public async Task<PeopleResponse?> GetAsync(MailboxKey key, IReadOnlyList<string> addresses, CancellationToken cancellationToken)
    {
        if ((await mailboxes.LoadForReadingAsync(key, cancellationToken)).OptedOut)
        {
            return null;
        }

        var ranking = await suggestions.LoadAsync(key, cancellationToken);
        var relationships = await analyses.GetRelationshipsAsync(key, ranking.Snapshot, addresses, cancellationToken);
        var listOnly = relationships.Count < addresses.Count
            ? await analyses.GetListOnlyContactsAsync(key, ranking.Snapshot, cancellationToken)
            : null;
        var tenant = await directory.GetAsync(key.TenantId, cancellationToken);
        var muted = ranking.Feedback.MutedContacts;
        var lists = tenant.DistributionListAddresses;

        var cards = new List<PersonCard>(addresses.Count);
        foreach (var address in addresses)
        {
            relationships.TryGetValue(address, out var relationship);
            var goal = ranking.Feedback.Goals.TryGetValue(address, out var g) ? new GoalResponse(g.Tag, g.CadenceDays) : null;
            var about = AboutContact(ranking, address);
            cards.Add(relationship is null
                ? Unknown(address, tenant, IsList(lists, address), muted.Contains(address, StringComparer.Ordinal), goal, about,
                    listOnly?.GetValueOrDefault(address))
                : Known(relationship, tenant, IsList(lists, address), muted.Contains(address, StringComparer.Ordinal), goal, about, ranking.Now));
        }

        return new PeopleResponse(cards);
    }

    /// <summary>The user's open suggestions about <paramref name="address"/>, in ranked order.</summary>
    private List<SuggestionResponse> AboutContact(UserRanking ranking, string address)
    {
        var about = new List<SuggestionResponse>();
        foreach (var ranked in ranking.Ranked)
        {
            if (string.Equals(ranked.Suggestion.ContactAddress, address, StringComparison.Ordinal))
            {
                about.Add(SuggestionResponse.From(ranked, links));
            }
        }

        return about;
    }

    /// <summary>The address is one of the tenant's distribution lists (case-insensitive; a lookup in the directory's
    /// set, not a scan, when it is the case-insensitive set <see cref="TenantDirectory"/> builds).</summary>
    private static bool IsList(IReadOnlyCollection<string> lists, string address) => lists switch
    {
        { Count: 0 } => false,
        HashSet<string> set when ReferenceEquals(set.Comparer, StringComparer.OrdinalIgnoreCase) => set.Contains(address),
        _ => lists.Contains(address, StringComparer.OrdinalIgnoreCase),
    };

    private PersonCard Known(Relationship r, DirectoryInfo tenant, bool isList, bool isMuted, GoalResponse? goal,
        IReadOnlyList<SuggestionResponse> about, DateTimeOffset now) => new(
        r.ContactAddress,
        r.DisplayName ?? NameInDirectory(tenant, r.ContactAddress),
        Known: true,
        r.IsInternal,
        isList,
        isMuted,
        Math.Round(r.Strength, 4),
        StrengthLabels.ToWireName(StrengthLabels.Of(r, now, options.Value)),
        r.FirstContact.UtcDateTime,
        r.LastContact.UtcDateTime,
        r.ContactDays,
        r.Sent,
        r.Received,
        r.Meetings,
        r.MedianGapDays is { } gap ? Math.Round(gap, 1) : null,
        r.MonthlyContactDays,
        goal,
        about);

    private static PersonCard Unknown(string address, DirectoryInfo tenant, bool isList, bool isMuted, GoalResponse? goal,
        IReadOnlyList<SuggestionResponse> about, ListOnlyContact? listOnly) => new(
        address,
        NameInDirectory(tenant, address),
        Known: false,
        IsInternal(tenant, address),
        isList,
        isMuted,
        Strength: null,
        StrengthLabel: null,
        FirstContact: null,
        LastContact: null,
        ContactDays: 0,
        Sent: 0,
        Received: 0,
        Meetings: 0,
        MedianGapDays: null,
        MonthlyContactDays: null,
        goal,
        about,
        listOnly?.Lists,
        listOnly?.ListCount,
        listOnly?.LastListMail.UtcDateTime);

    private static string? NameInDirectory(DirectoryInfo tenant, string address) =>
        tenant.DisplayNames.TryGetValue(address, out var name) && !string.IsNullOrWhiteSpace(name) ? name : null;

    /// <summary>As the engine decides it: the address's domain is one of the tenant's own (exactly).</summary>
    private static bool IsInternal(DirectoryInfo tenant, string address)
    {
        var domain = address[(address.LastIndexOf('@') + 1)..];
        return tenant.InternalDomains.Contains(domain, StringComparer.OrdinalIgnoreCase);
    }
}
