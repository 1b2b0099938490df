using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Introductions;
using OutlookNetworking.Data.Introductions;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Web.Features.OpenApi;

namespace OutlookNetworking.Web.Features.Introductions;

/// <summary>
/// Answers <c>GET /api/introductions</c> with one read (<see cref="IntroductionStore.LookUpAsync"/>; a second statement
/// only when a company answer is needed): the organisation's switch, the asker's opt-in and the organisation's own
/// domains as they are now (so a change shows in the very next answer, on any instance: nothing of them is cached), and
/// the introductions index for the addresses asked and, for those no discoverable colleague knows, their company
/// domains; then, per address, the colleagues who opted in and know the person, else those who know people at
/// the person's company (a company: at least <see cref="IntroductionRanking.LeastPeopleForCompany"/> different people at
/// the domain known in the organisation, not a consumer mail domain, <see cref="EngineOptions.ConsumerMailDomains"/>).
/// Never the asker; never an address of the organisation's own domains. Each answer is counted for the asker in memory
/// (<see cref="IntroductionAnswerTally"/>, written to the table by <see cref="IntroductionAnswerFlusher"/>).
/// </summary>
internal sealed class IntroductionFinder(
    IntroductionStore store, IntroductionAnswerTally tally, TimeProvider time, IOptions<EngineOptions> options)
{
    private readonly HashSet<string> _consumerDomains = options.Value.ConsumerMailDomains
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(d => d.TrimStart('@').ToLowerInvariant())
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The answer, or the 403 problem that refuses it.</summary>
    public async Task<(IntroductionsResponse? Response, ProblemHttpResult? Problem)> FindAsync(MailboxKey asker,
        IReadOnlyList<string> addresses, CancellationToken cancellationToken)
    {
        var asked = new List<string>(addresses.Count);
        var domains = new HashSet<string>(StringComparer.Ordinal);
        foreach (var address in addresses)
        {
            if (IntroductionIndexRows.DomainOf(address) is not { } domain)
            {
                continue;
            }

            asked.Add(address);
            if (!_consumerDomains.Contains(domain))
            {
                domains.Add(domain);
            }
        }

        var lookup = await store.LookUpAsync(asker, asked, domains, cancellationToken);
        if (lookup is null)
        {
            return (null, await store.IsEnabledAsync(asker.TenantId, cancellationToken)
                ? ApiProblems.IntroductionsOptIn()
                : ApiProblems.IntroductionsOff());
        }

        // Addresses of the organisation's own domains are not looked up: introductions are for people outside.
        var internalDomains = lookup.OwnDomains.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var lookedUp = asked.Where(a => !internalDomains.Contains(IntroductionIndexRows.DomainOf(a)!)).ToHashSet(StringComparer.Ordinal);
        domains.ExceptWith(internalDomains);
        var now = time.GetUtcNow();
        var entries = new List<IntroductionEntry>(addresses.Count);
        foreach (var address in addresses)
        {
            entries.Add(lookedUp.Contains(address)
                ? Answer(address, lookup.Rows, domains, asker.UserId, now)
                : new IntroductionEntry(address, null, []));
        }

        tally.Count(asker);
        return (new IntroductionsResponse(entries), null);
    }

    private IntroductionEntry Answer(string address, IReadOnlyList<IntroductionTieRow> rows, HashSet<string> companies,
        Guid askerId, DateTimeOffset now)
    {
        var person = rows.Where(r => r.ContactAddress == address && r.Discoverable && r.UserId != askerId).ToList();
        if (person.Count > 0)
        {
            return new IntroductionEntry(address, null, Colleagues(person, now));
        }

        var domain = IntroductionIndexRows.DomainOf(address)!;
        if (!companies.Contains(domain)
            || rows.Where(r => r.ContactDomain == domain).Select(r => r.ContactAddress).Distinct(StringComparer.Ordinal).Count()
            < IntroductionRanking.LeastPeopleForCompany)
        {
            return new IntroductionEntry(address, null, []);
        }

        var company = rows.Where(r => r.ContactDomain == domain && r.Discoverable && r.UserId != askerId).ToList();
        return new IntroductionEntry(address, company.Count > 0 ? domain : null, Colleagues(company, now));
    }

    private List<IntroducingColleague> Colleagues(List<IntroductionTieRow> ties, DateTimeOffset now)
    {
        var byColleague = ties.GroupBy(t => t.UserId).ToDictionary(g => g.Key.ToString("N"), g => g.First());
        var ranked = IntroductionRanking.Rank(
            ties.Select(t => new IntroductionTie(t.UserId.ToString("N"), t.Strength, t.LastContact)), options.Value);
        return ranked.Select(t =>
        {
            var colleague = byColleague[t.ColleagueKey];
            var mail = colleague.ColleagueMail ?? "";
            return new IntroducingColleague(
                string.IsNullOrWhiteSpace(colleague.ColleagueName) ? mail : colleague.ColleagueName,
                mail,
                StrengthLabels.ToWireName(IntroductionRanking.StrengthLabelOf(t.Strength, options.Value)),
                IntroductionRanking.LastContactLabel(t.LastContact, now));
        }).ToList();
    }
}
