using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Web.Features.Sync;

namespace OutlookNetworking.Web.Tests.Pipeline;

/// <summary>
/// The whole pipeline (simulator over HTTP -> Graph SDK sync -> store -> engine) on tenants whose correct
/// outcomes are written down: the hand-made contoso-stories fixture and the generated demo tenant.
/// Every expectation of their expected.json must hold for the user it names.
/// </summary>
public abstract class StoriesPipelineTests(StorageProvider provider)
{
    [Fact]
    public Task ContosoStories_EveryExpectationHolds() => CheckAsync(GeneratedTenants.Contoso);

    [Fact]
    public Task GeneratedDemoTenant_EveryPlantedStoryHolds() => CheckAsync(GeneratedTenants.Demo);

    private async Task CheckAsync(string snapshot)
    {
        var expected = ExpectedOutcomes.Load(snapshot);
        Assert.NotEmpty(expected.Users);
        await using var harness = await PipelineHarness.StartAsync(provider, snapshot);
        var failures = new List<string>();
        foreach (var (mail, user) in expected.Users)
        {
            var mailbox = await harness.MailboxAsync(mail);
            var (_, result) = await harness.Get<MailboxPipeline>()
                .SyncAndAnalyzeAsync(new MailboxKey(harness.TenantId, mailbox.UserId), CancellationToken.None);
            Assert.NotNull(result);
            failures.AddRange(Check(mail, user, result!, harness.Simulator.Snapshot.LoadReport.SkippedLinesFor(mailbox.UserId.ToString())));
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static IEnumerable<string> Check(string mail, ExpectedUser user, AnalysisResult result, int skippedLines)
    {
        var suggestions = result.Suggestions.Select(s => s.Suggestion).ToList();
        string Describe() => string.Join("; ", suggestions.Select(s => $"{SuggestionKindNames.ToWireName(s.Kind)} {s.ContactAddress}"));
        foreach (var rule in user.MustSuggest)
        {
            if (!suggestions.Any(s => Same(s.ContactAddress, rule.Contact) && rule.Kinds!.Contains(SuggestionKindNames.ToWireName(s.Kind))))
            {
                yield return $"{mail}: expected {string.Join('|', rule.Kinds!)} for {rule.Contact} ({rule.Why}); got: {Describe()}";
            }
        }

        foreach (var rule in user.MustNotSuggest)
        {
            var wrong = suggestions.Where(s => Same(s.ContactAddress, rule.Contact)
                                               && (rule.Kinds is null || rule.Kinds.Contains(SuggestionKindNames.ToWireName(s.Kind)))).ToList();
            if (wrong.Count > 0)
            {
                yield return $"{mail}: must not suggest {SuggestionKindNames.ToWireName(wrong[0].Kind)} for {rule.Contact}";
            }
        }

        foreach (var address in user.MustNotBeContacts)
        {
            if (result.Relationships.Any(r => Same(r.ContactAddress, address)))
            {
                yield return $"{mail}: {address} must never be a contact";
            }
        }

        if (skippedLines < user.SkippedAtLeast)
        {
            yield return $"{mail}: the loader reported {skippedLines} malformed lines, expected at least {user.SkippedAtLeast}";
        }

        foreach (var count in user.MeetingCounts)
        {
            var met = result.Relationships.FirstOrDefault(r => Same(r.ContactAddress, count.Contact))?.Meetings ?? 0;
            if (met != count.Meetings)
            {
                yield return $"{mail}: {count.Contact} ({count.Why}) counts {met} meetings, planted {count.Meetings}";
            }
        }
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}

public sealed class StoriesPipelineSqliteTests() : StoriesPipelineTests(StorageProvider.Sqlite);

public sealed class StoriesPipelinePostgresTests() : StoriesPipelineTests(StorageProvider.PostgreSql);
