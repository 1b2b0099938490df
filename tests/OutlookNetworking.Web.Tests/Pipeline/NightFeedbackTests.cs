using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Data.Analysis;
using OutlookNetworking.Data.Feedback;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Web.Features.Analysis;
using OutlookNetworking.Web.Features.Sync;

namespace OutlookNetworking.Web.Tests.Pipeline;

/// <summary>A night with nothing synced since the last one still sees what the user told the product meanwhile: the
/// engine reads only their goals, and a goal set or cleared between two nights is in the second night's results.</summary>
public abstract class NightFeedbackTests(StorageProvider provider)
{
    private const string Mentor = "mentor.never.met@fabrikam.example";

    [Fact]
    public async Task NoChangeNight_GoalSetThenCleared_BetweenNights_IsSeenByTheNextNight()
    {
        await using var harness = await PipelineHarness.StartAsync(provider, GeneratedTenants.Contoso);
        var ava = await harness.MailboxAsync("ava.patel@contoso.example");
        var key = new MailboxKey(harness.TenantId, ava.UserId);
        await harness.Get<MailboxPipeline>().SyncAndAnalyzeAsync(key, CancellationToken.None);
        var analyzer = harness.Get<MailboxAnalyzer>();
        Assert.DoesNotContain(await OpenGoalsAsync(harness, key), s => s.ContactAddress == Mentor);

        var feedback = harness.Get<FeedbackStore>();
        await feedback.SetGoalAsync(key, Mentor, "mentor", 30, CancellationToken.None);
        await feedback.SetMutedAsync(key, "someone.muted@fabrikam.example", true, CancellationToken.None);
        var withGoal = await analyzer.RunAsync(key, fromScratch: false, CancellationToken.None);

        Assert.Null(withGoal!.FromScratchBecause);
        Assert.Equal(0, withGoal.ChangesFolded);
        Assert.Contains(withGoal.Result.Suggestions, s => s.Suggestion is { Kind: SuggestionKind.CadenceGoal, ContactAddress: Mentor });
        Assert.Contains(await OpenGoalsAsync(harness, key), s => s.ContactAddress == Mentor);

        await feedback.ClearGoalAsync(key, Mentor, CancellationToken.None);
        var cleared = await analyzer.RunAsync(key, fromScratch: false, CancellationToken.None);

        Assert.Null(cleared!.FromScratchBecause);
        Assert.DoesNotContain(cleared.Result.Suggestions, s => s.Suggestion.ContactAddress == Mentor);
        Assert.DoesNotContain(await OpenGoalsAsync(harness, key), s => s.ContactAddress == Mentor);
    }

    [Fact]
    public async Task FindWithGoals_IsTheMailboxAndTheGoalsOfTheFullFeedback()
    {
        await using var harness = await PipelineHarness.StartAsync(provider, GeneratedTenants.Contoso);
        var ava = await harness.MailboxAsync("ava.patel@contoso.example");
        var key = new MailboxKey(harness.TenantId, ava.UserId);
        var feedback = harness.Get<FeedbackStore>();
        await feedback.SetGoalAsync(key, Mentor, "mentor", 30, CancellationToken.None);
        await feedback.SetGoalAsync(key, "peer@fabrikam.example", "peer", null, CancellationToken.None);
        await feedback.SetMutedAsync(key, "peer@fabrikam.example", true, CancellationToken.None);
        await feedback.SetMutedAsync(key, "only.muted@fabrikam.example", true, CancellationToken.None);
        await feedback.SetGoalAsync(key, "was.a.goal@fabrikam.example", "old", 7, CancellationToken.None);
        await feedback.ClearGoalAsync(key, "was.a.goal@fabrikam.example", CancellationToken.None);

        var (mailbox, goals) = (await harness.Get<MailboxStore>().FindWithGoalsAsync(key, CancellationToken.None))!.Value;

        Assert.Equal(ava.UserId, mailbox.UserId);
        Assert.Equal((await harness.Get<MailboxStore>().FindAsync(key, CancellationToken.None))!.Mail, mailbox.Mail);

        Assert.Equal(new[] { Mentor, "peer@fabrikam.example" }, goals.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(30, goals[Mentor].CadenceDays);
        Assert.Null(goals["peer@fabrikam.example"].CadenceDays);
        Assert.Equal((await feedback.LoadAsync(key, CancellationToken.None)).Goals, goals);
    }

    private static async Task<IReadOnlyList<Suggestion>> OpenGoalsAsync(PipelineHarness harness, MailboxKey key)
        => [.. (await harness.Get<AnalysisStore>().GetOpenSuggestionsAsync(key, CancellationToken.None))
            .Select(s => s.Suggestion).Where(s => s.Kind == SuggestionKind.CadenceGoal)];
}

public sealed class NightFeedbackSqliteTests() : NightFeedbackTests(StorageProvider.Sqlite);

public sealed class NightFeedbackPostgresTests() : NightFeedbackTests(StorageProvider.PostgreSql);
