using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Core.Tests.Support;
using static OutlookNetworking.Core.Tests.Support.Timeline;

namespace OutlookNetworking.Core.Tests.Detectors;

public sealed class OwedReplyTests
{
    private const string Ben = "ben@contoso.example";

    /// <summary>Ben and the owner have a weekly two-way history, the last exchange 9 days ago.</summary>
    private static Timeline WithBen() => new Timeline().Weekly(Ben, 8, 9);

    [Fact]
    public void Analyze_ContactAskedFiveDaysAgoNoReply_SuggestsOwedReplyWithEvidence()
    {
        var result = WithBen().Received(Ben, DaysAgo(5), "q3").Analyze();

        var owed = Assert.Single(result.OfKind(SuggestionKind.OwedReply));
        Assert.Equal(Ben, owed.ContactAddress);
        Assert.Equal("q3", owed.Evidence.ConversationId);
        Assert.Equal(DaysAgo(5), owed.Evidence.AnchorAt);
        Assert.NotNull(owed.Evidence.MessageId);
        Assert.Contains("5 days ago", owed.Reason, StringComparison.Ordinal);
        Assert.InRange(owed.Score, 0, 1);
    }

    [Fact]
    public void Analyze_QuestionAnsweredWithinFiveMinutes_OwesNothing()
    {
        var result = WithBen().Received(Ben, DaysAgo(5), "hana").Sent([Ben], DaysAgo(5).AddMinutes(5), "hana").Analyze();

        Assert.Empty(result.OfKind(SuggestionKind.OwedReply));
    }

    [Fact]
    public void Analyze_ReplyOneMinuteBeforeNow_OwesNothing()
    {
        var result = WithBen().Received(Ben, DaysAgo(5), "t").Sent([Ben], Now.AddMinutes(-1), "t").Analyze();

        Assert.Empty(result.OfKind(SuggestionKind.OwedReply));
    }

    [Fact]
    public void Analyze_ReplyInAnotherThread_StillOwesTheThread()
    {
        var result = WithBen().Received(Ben, DaysAgo(5), "t").Sent([Ben], DaysAgo(4), "other").Analyze();

        Assert.Single(result.OfKind(SuggestionKind.OwedReply));
    }

    [Theory]
    [InlineData(-1, false)] // one minute before the 24-hour grace period ends: not yet owed
    [InlineData(1, true)]   // one minute after: owed
    public void Analyze_AroundTheGracePeriod_OwesOnlyAfterIt(int minutesPastGrace, bool owed)
    {
        var result = WithBen().Received(Ben, Now.AddHours(-24).AddMinutes(-minutesPastGrace), "t").Analyze();

        Assert.Equal(owed, result.OfKind(SuggestionKind.OwedReply).Any());
    }

    [Theory]
    [InlineData(13.9, true)]
    [InlineData(14.1, false)]
    public void Analyze_AroundTheAgeLimit_StopsOwingAfterIt(double daysAgo, bool owed)
    {
        var result = WithBen().Received(Ben, DaysAgo(daysAgo), "t").Analyze();

        Assert.Equal(owed, result.OfKind(SuggestionKind.OwedReply).Any());
    }

    [Fact]
    public void Analyze_OneWaySenderWroteDirectly_OwesNothing()
    {
        var result = new Timeline()
            .Received("jo@recruitco.example", DaysAgo(20))
            .Received("jo@recruitco.example", DaysAgo(5))
            .Analyze();

        Assert.Empty(result.Suggestions);
    }

    [Fact]
    public void Analyze_OwnerOnlyCopied_OwesNothing()
    {
        var result = WithBen().Received(Ben, DaysAgo(5), "t", to: ["dana@contoso.example"], cc: [Owner]).Analyze();

        Assert.Empty(result.OfKind(SuggestionKind.OwedReply));
    }

    [Fact]
    public void Analyze_MailToManyPeopleInTo_OwesNothing()
    {
        var to = new[] { Owner, "a@contoso.example", "b@contoso.example", "c@contoso.example" };
        var result = WithBen().Received(Ben, DaysAgo(5), "t", to: to).Analyze();

        Assert.Empty(result.OfKind(SuggestionKind.OwedReply));
    }

    [Fact]
    public void Analyze_MessageMovedToDeletedItems_OwesNothing()
    {
        var result = WithBen().Received(Ben, DaysAgo(5), "t", folder: FolderKind.DeletedItems).Analyze();

        Assert.Empty(result.OfKind(SuggestionKind.OwedReply));
    }

    [Fact]
    public void Analyze_AutomatedSenderInAContactsThread_OwesNothing()
    {
        var result = WithBen().Received("no-reply@tickets.contoso.example", DaysAgo(5), "t").Analyze();

        Assert.Empty(result.OfKind(SuggestionKind.OwedReply));
    }

    [Fact]
    public void Analyze_ContactWroteAgainAfterTheOwnersReply_OwesTheNewMessage()
    {
        var result = WithBen()
            .Received(Ben, DaysAgo(8), "t")
            .Sent([Ben], DaysAgo(7), "t")
            .Received(Ben, DaysAgo(3), "t")
            .Analyze();

        var owed = Assert.Single(result.OfKind(SuggestionKind.OwedReply));
        Assert.Equal(DaysAgo(3), owed.Evidence.AnchorAt);
    }


    [Fact]
    public void Analyze_GraceSetToOneHour_OwesAMessageTwoHoursOld()
    {
        var options = new EngineOptions();
        options.Detectors.OwedReply.Grace = TimeSpan.FromHours(1);

        var withDefault = WithBen().Received(Ben, Now.AddHours(-2), "t").Analyze();
        var withOption = WithBen().Received(Ben, Now.AddHours(-2), "t").Analyze(options);

        Assert.Empty(withDefault.OfKind(SuggestionKind.OwedReply));
        Assert.Single(withOption.OfKind(SuggestionKind.OwedReply));
    }

    [Fact]
    public void Analyze_MaxAgeSetToFourDays_NoLongerOwesAFiveDayOldMessage()
    {
        var options = new EngineOptions();
        options.Detectors.OwedReply.MaxAge = TimeSpan.FromDays(4);

        var result = WithBen().Received(Ben, DaysAgo(5), "t").Analyze(options);

        Assert.Empty(result.OfKind(SuggestionKind.OwedReply));
    }
}
