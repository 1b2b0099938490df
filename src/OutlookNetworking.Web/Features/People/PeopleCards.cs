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
/// Builds the cards of the people on an open email for the signed-in user, from four reads done in parallel: the
/// user's mailbox row, their relationships with exactly these addresses, their ranked open suggestions (with their
/// feedback), and the tenant directory (cached). Names come from the relationship, else the directory; "internal"
/// from the tenant's domains; muted and goal from the user's feedback.
/// </summary>
internal sealed class PeopleCards(
    UserMailboxes mailboxes,
    AnalysisStore analyses,
    RankedSuggestions suggestions,
    TenantDirectory directory,
    OutlookWebLinks links,
    IOptions<EngineOptions> options)
{
    /// <summary>The cards, or null when the user opted out.</summary>
    public async Task<PeopleResponse?> GetAsync(MailboxKey key, IReadOnlyList<string> addresses, CancellationToken cancellationToken)
    {
        var mailboxTask = mailboxes.LoadForReadingAsync(key, cancellationToken);
        var relationshipsTask = analyses.GetRelationshipsAsync(key, addresses, cancellationToken);
        var rankingTask = suggestions.LoadAsync(key, cancellationToken);
        var directoryTask = directory.GetAsync(key.TenantId, cancellationToken);
        await Task.WhenAll(mailboxTask, relationshipsTask, rankingTask, directoryTask);
        if ((await mailboxTask).OptedOut)
        {
            return null;
        }

        var relationships = (await relationshipsTask).ToDictionary(r => r.ContactAddress, StringComparer.Ordinal);
        var ranking = await rankingTask;
        var tenant = await directoryTask;
        var wanted = addresses.ToHashSet(StringComparer.Ordinal);
        var suggestionsByAddress = ranking.Ranked
            .Where(r => wanted.Contains(r.Suggestion.ContactAddress))
            .ToLookup(r => r.Suggestion.ContactAddress, StringComparer.Ordinal);
        var muted = ranking.Feedback.MutedContacts.ToHashSet(StringComparer.Ordinal);
        var lists = tenant.DistributionListAddresses.ToHashSet(StringComparer.OrdinalIgnoreCase);

        var cards = new List<PersonCard>(addresses.Count);
        foreach (var address in addresses)
        {
            relationships.TryGetValue(address, out var relationship);
            var goal = ranking.Feedback.Goals.TryGetValue(address, out var g) ? new GoalResponse(g.Tag, g.CadenceDays) : null;
            var about = suggestionsByAddress[address].Select(r => SuggestionResponse.From(r, links)).ToList();
            cards.Add(relationship is null
                ? Unknown(address, tenant, lists.Contains(address), muted.Contains(address), goal, about)
                : Known(relationship, tenant, lists.Contains(address), muted.Contains(address), goal, about, ranking.Now));
        }

        return new PeopleResponse(cards);
    }

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
        IReadOnlyList<SuggestionResponse> about) => new(
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
        about);

    private static string? NameInDirectory(DirectoryInfo tenant, string address) =>
        tenant.DisplayNames.TryGetValue(address, out var name) && !string.IsNullOrWhiteSpace(name) ? name : null;

    /// <summary>As the engine decides it: the address's domain is one of the tenant's own (exactly).</summary>
    private static bool IsInternal(DirectoryInfo tenant, string address)
    {
        var domain = address[(address.LastIndexOf('@') + 1)..];
        return tenant.InternalDomains.Contains(domain, StringComparer.OrdinalIgnoreCase);
    }
}
