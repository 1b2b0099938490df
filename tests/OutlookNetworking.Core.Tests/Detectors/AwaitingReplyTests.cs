using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Tests.Support;
using static OutlookNetworking.Core.Tests.Support.Timeline;

namespace OutlookNetworking.Core.Tests.Detectors;

public sealed class AwaitingReplyTests
{
    private const string Chen = "chen@northwind.example";

    /// <summary>Chen asks a question every two weeks and the owner answers; the last 20 days ago.</summary>
    private static Timeline WithChen()
    {
        var timeline = new Timeline();
        for (var i = 0; i < 6; i++)
        {
            timeline.Exchange(Chen, DaysAgo(20 + (14 * i)), TimeSpan.FromHours(20));
        }

        return timeline;
    }

    [Fact]
    public void Analyze_ProposalSentTenDaysAgoUnanswered_SuggestsAwaitingReply()
    {
        var result = WithChen().Sent([Chen], DaysAgo(10), "renewal").Analyze();

        var awaiting = Assert.Single(result.OfKind(SuggestionKind.AwaitingReply));
        Assert.Equal(Chen, awaiting.ContactAddress);
        Assert.Equal("renewal", awaiting.Evidence.ConversationId);
        Assert.Equal(DaysAgo(10), awaiting.Evidence.AnchorAt);
        Assert.Contains("10 days ago", awaiting.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_AnswerOneMinuteBeforeNow_AwaitsNothing()
    {
        var result = WithChen().Sent([Chen], DaysAgo(10), "renewal").Received(Chen, Now.AddMinutes(-1), "renewal").Analyze();

        Assert.Empty(result.OfKind(SuggestionKind.AwaitingReply));
    }

    [Theory]
    [InlineData(2.9, false)]
    [InlineData(3.1, true)]
    [InlineData(29.9, true)]
    [InlineData(30.1, false)]
    public void Analyze_AroundTheWaitingWindow_RemindsOnlyWithinIt(double daysAgo, bool awaiting)
    {
        var result = WithChen().Sent([Chen], DaysAgo(daysAgo), "renewal").Analyze();

        Assert.Equal(awaiting, result.OfKind(SuggestionKind.AwaitingReply).Any());
    }

    [Fact]
    public void Analyze_OwnerAnsweredLast_AwaitsNothing()
    {
        var result = WithChen().Exchange(Chen, DaysAgo(10)).Analyze();

        Assert.Empty(result.OfKind(SuggestionKind.AwaitingReply));
    }

    [Fact]
    public void Analyze_MailToManyPeople_AwaitsNothing()
    {
        var result = WithChen()
            .Sent([Chen, "a@northwind.example", "b@northwind.example", "c@northwind.example"], DaysAgo(10), "renewal")
            .Analyze();

        Assert.Empty(result.OfKind(SuggestionKind.AwaitingReply));
    }

    [Fact]
    public void Analyze_NudgeInTheSameThread_AnchorsOnTheLatestMessage()
    {
        var result = WithChen().Sent([Chen], DaysAgo(12), "renewal").Sent([Chen], DaysAgo(5), "renewal").Analyze();

        var awaiting = Assert.Single(result.OfKind(SuggestionKind.AwaitingReply));
        Assert.Equal(DaysAgo(5), awaiting.Evidence.AnchorAt);
    }

    [Fact]
    public void Analyze_MailToAnAutomatedAddress_AwaitsNothing()
    {
        var result = new Timeline().Sent(["noreply@service.example"], DaysAgo(10)).Analyze();

        Assert.Empty(result.Suggestions);
    }


    [Fact]
    public void Analyze_MinAgeSetToOneDay_RemindsAfterTwoDays()
    {
        var options = new EngineOptions();
        options.Detectors.AwaitingReply.MinAge = TimeSpan.FromDays(1);

        var withDefault = WithChen().Sent([Chen], DaysAgo(2), "renewal").Analyze();
        var withOption = WithChen().Sent([Chen], DaysAgo(2), "renewal").Analyze(options);

        Assert.Empty(withDefault.OfKind(SuggestionKind.AwaitingReply));
        Assert.Single(withOption.OfKind(SuggestionKind.AwaitingReply));
    }

    [Fact]
    public void Analyze_MaxAgeSetToNineDays_StopsAwaitingATenDayOldMessage()
    {
        var options = new EngineOptions();
        options.Detectors.AwaitingReply.MaxAge = TimeSpan.FromDays(9);

        var result = WithChen().Sent([Chen], DaysAgo(10), "renewal").Analyze(options);

        Assert.Empty(result.OfKind(SuggestionKind.AwaitingReply));
    }
}
