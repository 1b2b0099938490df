using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Core.Tests.Support;
using static OutlookNetworking.Core.Tests.Support.Timeline;

namespace OutlookNetworking.Core.Tests.Detectors;

public sealed class FirstMeetingFollowUpTests
{
    private const string Dana = "dana@contoso.example";

    [Fact]
    public void Analyze_FirstOneToOneTwoDaysAgoNothingSent_SuggestsFollowUpWithTheMeeting()
    {
        var result = new Timeline().Meeting(DaysAgo(2.5), [Dana], id: "intro").Analyze();

        var followUp = Assert.Single(result.OfKind(SuggestionKind.FirstMeetingFollowUp));
        Assert.Equal(Dana, followUp.ContactAddress);
        Assert.Equal("intro", followUp.Evidence.MeetingId);
        Assert.Equal(DaysAgo(2.5).AddMinutes(30), followUp.Evidence.AnchorAt);
        Assert.Contains("2 days ago", followUp.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_ThankYouSentAfterTheMeeting_SuggestsNothing()
    {
        var result = new Timeline().Meeting(DaysAgo(2), [Dana]).Sent([Dana], DaysAgo(1)).Analyze();

        Assert.Empty(result.OfKind(SuggestionKind.FirstMeetingFollowUp));
    }

    [Fact]
    public void Analyze_MailToArrangeTheMeeting_StillSuggestsFollowUp()
    {
        var result = new Timeline()
            .Received(Dana, DaysAgo(6), "setup").Sent([Dana], DaysAgo(5), "setup")
            .Meeting(DaysAgo(2), [Dana])
            .Analyze();

        Assert.Single(result.OfKind(SuggestionKind.FirstMeetingFollowUp));
    }

    [Fact]
    public void Analyze_MetBefore_IsNotAFirstMeeting()
    {
        var result = new Timeline().Meeting(DaysAgo(20), [Dana]).Meeting(DaysAgo(2), [Dana]).Analyze();

        Assert.Empty(result.OfKind(SuggestionKind.FirstMeetingFollowUp));
    }

    [Fact]
    public void Analyze_KnownForMonths_IsNotSomeoneNew()
    {
        var result = new Timeline().Weekly(Dana, 10, 10).Meeting(DaysAgo(2), [Dana]).Analyze();

        Assert.Empty(result.OfKind(SuggestionKind.FirstMeetingFollowUp));
    }

    [Fact]
    public void Analyze_TwelvePersonMeeting_IsNotSmall()
    {
        var people = Enumerable.Range(1, 10).Select(i => $"p{i}@contoso.example").Append(Dana);
        var result = new Timeline().Meeting(DaysAgo(2), people).Analyze();

        Assert.Empty(result.Suggestions);
    }

    [Fact]
    public void Analyze_DeclinedFirstMeeting_SuggestsNothing()
    {
        var result = new Timeline()
            .Meeting(DaysAgo(1), [Dana], organizer: Dana, myResponse: ResponseKind.Declined)
            .Analyze();

        Assert.Empty(result.Suggestions);
    }

    [Fact]
    public void Analyze_CancelledFirstMeeting_SuggestsNothing()
    {
        var result = new Timeline()
            .Meeting(DaysAgo(2), [Dana], organizer: Dana, cancelled: true, myResponse: ResponseKind.Accepted)
            .Analyze();

        Assert.Empty(result.Suggestions);
    }

    [Theory]
    [InlineData(3.9, true)]
    [InlineData(4.1, false)]
    public void Analyze_AroundTheFollowUpWindow_SuggestsOnlyWithinIt(double endedDaysAgo, bool suggested)
    {
        var result = new Timeline().Meeting(DaysAgo(endedDaysAgo).AddMinutes(-30), [Dana]).Analyze();

        Assert.Equal(suggested, result.OfKind(SuggestionKind.FirstMeetingFollowUp).Any());
    }

    [Fact]
    public void Analyze_MeetingStillInProgress_SuggestsNothingYet()
    {
        var result = new Timeline().Meeting(Now.AddMinutes(-10), [Dana], duration: TimeSpan.FromHours(1)).Analyze();

        Assert.Empty(result.OfKind(SuggestionKind.FirstMeetingFollowUp));
    }

    [Fact]
    public void Analyze_FutureMeeting_IsNoContactYet()
    {
        var result = new Timeline().Meeting(Now.AddDays(2), [Dana]).Analyze();

        Assert.Empty(result.Relationships);
        Assert.Empty(result.Suggestions);
    }

    [Fact]
    public void Analyze_SmallGroupFirstMeeting_SuggestsOnePerNewPerson()
    {
        var result = new Timeline().Meeting(DaysAgo(1), [Dana, "eve@fabrikam.example"]).Analyze();

        Assert.Equal(
            new[] { Dana, "eve@fabrikam.example" }.Order(),
            result.OfKind(SuggestionKind.FirstMeetingFollowUp).Select(s => s.ContactAddress).Order());
    }


    [Fact]
    public void Analyze_WindowSetToTenDays_FollowsUpAMeetingAWeekAgo()
    {
        var options = new EngineOptions();
        options.Detectors.FirstMeetingFollowUp.Window = TimeSpan.FromDays(10);

        var withDefault = new Timeline().Meeting(DaysAgo(7), [Dana]).Analyze();
        var withOption = new Timeline().Meeting(DaysAgo(7), [Dana]).Analyze(options);

        Assert.Empty(withDefault.OfKind(SuggestionKind.FirstMeetingFollowUp));
        Assert.Single(withOption.OfKind(SuggestionKind.FirstMeetingFollowUp));
    }

    [Fact]
    public void Analyze_NewContactWindowSetToTwoDays_MailFiveDaysBeforeMakesThemKnown()
    {
        var options = new EngineOptions();
        options.Detectors.FirstMeetingFollowUp.NewContactWindow = TimeSpan.FromDays(2);

        var result = new Timeline()
            .Received(Dana, DaysAgo(7), "setup").Sent([Dana], DaysAgo(6), "setup")
            .Meeting(DaysAgo(2), [Dana])
            .Analyze(options);

        Assert.Empty(result.OfKind(SuggestionKind.FirstMeetingFollowUp));
    }
}
