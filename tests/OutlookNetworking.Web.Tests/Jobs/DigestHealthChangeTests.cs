using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Data.Analysis;
using OutlookNetworking.Data.Digest;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Web.Features.Digest;

namespace OutlookNetworking.Web.Tests.Jobs;

/// <summary>"Change since last week": against the health the digest recorded a week earlier, else against 30 days earlier, and the email says which.</summary>
public sealed class DigestHealthChangeTests
{
    private static readonly DateOnly Tuesday = new(2025, 7, 1);

    [Fact]
    public async Task Compose_HealthRecordedAWeekEarlier_ChangeIsAgainstThatDigest()
    {
        await using var harness = await NightHarness.StartAsync(JobTenants.ThreeZones);
        await harness.RunNightAsync();
        var (person, model) = await FirstWithSomethingToSayAsync(harness);
        var key = new MailboxKey(person.TenantId, person.UserId);
        var now = (await harness.Get<AnalysisStore>().GetSummaryAsync(key, CancellationToken.None))!.Health;
        var weekAgo = now with
        {
            ActiveTies = new HealthFigure(now.ActiveTies.Value - 3, 0),
            ExternalShare = new HealthFigure(now.ExternalShare.Value + 0.10, 0),
        };
        await harness.Get<HealthHistoryStore>().RecordAsync(key, Tuesday.AddDays(-7), weekAgo, CancellationToken.None);

        var composed = await harness.Get<DigestComposer>().ComposeAsync(person, Tuesday, harness.Clock.GetUtcNow(), "https://x.test", CancellationToken.None);

        Assert.Equal("since 30 days ago", model.HealthComparedWith);
        Assert.Equal("since Tuesday 24 June", composed.Model!.HealthComparedWith);
        Assert.Equal("+3", composed.Model.Health.Single(r => r.Name == "activeTies").Change);
        Assert.Equal("\u221210 pts", composed.Model.Health.Single(r => r.Name == "externalShare").Change);
        Assert.Equal(1, composed.Model.Health.Single(r => r.Name == "activeTies").Trend);
    }

    [Fact]
    public async Task DigestJob_Run_RecordsTodaysHealthForNextWeek()
    {
        await using var harness = await NightHarness.StartAsync(JobTenants.ThreeZones);
        await harness.RunNightAsync();
        var (person, _) = await FirstWithSomethingToSayAsync(harness);
        var key = new MailboxKey(person.TenantId, person.UserId);

        await harness.Get<Features.Jobs.DigestJob>().RunAsync(person.TenantId, person.UserId, "2025-07-01", person.DisplayName, CancellationToken.None);

        var found = await harness.Get<HealthHistoryStore>().FindBeforeAsync(key, Tuesday.AddDays(7), 7, 13, CancellationToken.None);
        Assert.Equal(Tuesday, found?.Date);
        Assert.Equal((await harness.Get<AnalysisStore>().GetSummaryAsync(key, CancellationToken.None))!.Health, found?.Health);
    }

    private static async Task<(Data.Mailboxes.MailboxEntity Person, DigestModel Model)> FirstWithSomethingToSayAsync(NightHarness harness)
    {
        foreach (var person in await harness.PeopleAsync())
        {
            var composed = await harness.Get<DigestComposer>().ComposeAsync(person, Tuesday, harness.Clock.GetUtcNow(), "https://x.test", CancellationToken.None);
            if (composed.Model is { } model)
            {
                return (person, model);
            }
        }

        throw new InvalidOperationException("Nobody has anything to say.");
    }
}
