using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Ranking;
using OutlookNetworking.Core.Feedback;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Core.Tests.Support;
using static OutlookNetworking.Core.Tests.Support.Timeline;

namespace OutlookNetworking.Core.Tests.Detectors;

/// <summary>Meeting preparation. <see cref="Timeline.Now"/> is Monday 30 June 2025, 18:00 UTC (owner in UTC unless
/// said), so "tomorrow at 10:00" is Tuesday 1 July 2025, 10:00.</summary>
public sealed class MeetingPrepTests
{
    private const string Eli = "eli@fabrikam.example";
    private const string Dana = "dana@contoso.example";
    private static readonly DateTimeOffset TomorrowTen = new(2025, 7, 1, 10, 0, 0, TimeSpan.Zero);

    private static Timeline WithNames()
    {
        var timeline = new Timeline();
        timeline.Names[Eli] = "Eli Cohen";
        timeline.Names[Dana] = "Dana Kim";
        return timeline;
    }

    [Fact]
    public void Analyze_DormantTieMetTomorrow_SaysWhenAndWhenLastInTouch()
    {
        // Twenty weekly exchanges, the last answered 300 days less two hours ago: 3 September 2024, 299 whole days.
        var result = WithNames().Weekly(Eli, 20, 300).Meeting(TomorrowTen, [Eli], id: "catch-up").Analyze();

        var prep = Assert.Single(result.OfKind(SuggestionKind.MeetingPrep));
        Assert.Equal(Eli, prep.ContactAddress);
        Assert.Equal("catch-up", prep.Evidence.MeetingId);
        Assert.Equal(TomorrowTen, prep.Evidence.AnchorAt);
        Assert.Equal("You meet Eli Cohen tomorrow at 10:00; you were last in touch in September 2024, 299 days ago.", prep.Reason);
    }

    [Fact]
    public void Analyze_FortyPersonAllHandsTomorrowWithADormantTie_SuggestsNoPrep()
    {
        var people = Enumerable.Range(1, 39).Select(i => $"p{i}@contoso.example").Append(Eli);
        var result = WithNames().Weekly(Eli, 20, 300).Meeting(TomorrowTen, people).Analyze();

        Assert.Empty(result.OfKind(SuggestionKind.MeetingPrep));
    }

    [Fact]
    public void Analyze_SixPersonMeeting_IsOverTheSmallMeetingLimit()
    {
        var people = Enumerable.Range(1, 4).Select(i => $"p{i}@contoso.example").Append(Eli);
        var result = WithNames().Weekly(Eli, 20, 300).Meeting(TomorrowTen, people).Analyze();

        Assert.Empty(result.OfKind(SuggestionKind.MeetingPrep));
    }

    [Fact]
    public void Analyze_DeclinedMeetingTomorrow_SuggestsNoPrep()
    {
        var result = WithNames().Weekly(Eli, 20, 300)
            .Meeting(TomorrowTen, [Eli], organizer: Eli, myResponse: ResponseKind.Declined).Analyze();

        Assert.Empty(result.OfKind(SuggestionKind.MeetingPrep));
    }

    [Fact]
    public void Analyze_CancelledMeetingTomorrow_SuggestsNoPrep()
    {
        var result = WithNames().Weekly(Eli, 20, 300)
            .Meeting(TomorrowTen, [Eli], organizer: Eli, cancelled: true, myResponse: ResponseKind.Accepted).Analyze();

        Assert.Empty(result.OfKind(SuggestionKind.MeetingPrep));
    }

    [Fact]
    public void Analyze_AttendeeDeclined_SuggestsNoPrepForThem()
    {
        var result = WithNames().Weekly(Eli, 20, 300)
            .Meeting(TomorrowTen, [Eli], attendeeResponse: ResponseKind.Declined).Analyze();

        Assert.Empty(result.OfKind(SuggestionKind.MeetingPrep));
    }

    [Fact]
    public void Analyze_StrongActiveTieWithNothingOwed_SuggestsNoPrep()
    {
        var result = WithNames().Weekly(Dana, 20, 2).Meeting(DaysAgo(30), [Dana]).Meeting(TomorrowTen, [Dana]).Analyze();

        Assert.Empty(result.OfKind(SuggestionKind.MeetingPrep));
    }

    [Fact]
    public void Analyze_ActiveTieNeverMetBefore_SuggestsNoPrep()
    {
        var result = WithNames().Weekly(Dana, 20, 2).Meeting(TomorrowTen, [Dana]).Analyze();

        Assert.Empty(result.OfKind(SuggestionKind.MeetingPrep));
    }

    [Fact]
    public void Analyze_StrongActiveTieOwedAReply_SaysTheReplyIsOwed()
    {
        var result = WithNames().Weekly(Dana, 20, 2).Received(Dana, DaysAgo(1)).Meeting(TomorrowTen, [Dana]).Analyze();

        var prep = Assert.Single(result.OfKind(SuggestionKind.MeetingPrep));
        Assert.Equal("You meet Dana Kim tomorrow at 10:00; they wrote to you yesterday and are still waiting for your reply.",
            prep.Reason);
    }

    [Fact]
    public void Analyze_StrongActiveTieAwaitedReply_SaysTheAnswerIsAwaited()
    {
        var result = WithNames().Weekly(Dana, 20, 5).Sent(Dana, DaysAgo(3)).Meeting(TomorrowTen, [Dana]).Analyze();

        var prep = Assert.Single(result.OfKind(SuggestionKind.MeetingPrep));
        Assert.Equal("You meet Dana Kim tomorrow at 10:00; you wrote to them 3 days ago and have had no answer yet.", prep.Reason);
    }

    [Fact]
    public void Analyze_CadenceGoalOverdue_SaysTheGoal()
    {
        var goals = new Dictionary<string, ContactGoal> { [Dana] = new("mentor", 14) };
        var result = WithNames().Weekly(Dana, 20, 30).Meeting(DaysAgo(40), [Dana]).Meeting(TomorrowTen, [Dana])
            .Analyze(feedback: UserFeedback.None with { Goals = goals });

        var prep = Assert.Single(result.OfKind(SuggestionKind.MeetingPrep));
        Assert.Equal("You meet Dana Kim tomorrow at 10:00; you wanted to be in touch every 14 days and your last contact was 29 days ago.",
            prep.Reason);
    }

    [Fact]
    public void Analyze_StrangerMetTomorrow_IsAFirstMeeting()
    {
        var result = WithNames().Meeting(TomorrowTen, [Dana], id: "intro").Analyze();

        var prep = Assert.Single(result.OfKind(SuggestionKind.MeetingPrep));
        Assert.Equal(Dana, prep.ContactAddress);
        Assert.Equal("Dana Kim", prep.ContactDisplayName);
        Assert.Equal("You meet Dana Kim tomorrow at 10:00 for the first time.", prep.Reason);
        Assert.Empty(result.Relationships);
    }

    [Fact]
    public void Analyze_MeetingLaterToday_SaysToday()
    {
        var result = WithNames().Meeting(Now.AddHours(2), [Dana]).Analyze();

        Assert.Equal("You meet Dana Kim today at 20:00 for the first time.",
            Assert.Single(result.OfKind(SuggestionKind.MeetingPrep)).Reason);
    }

    [Fact]
    public void Analyze_MeetingTheDayAfterTomorrow_IsBeyondTheNextWorkingDay()
    {
        var result = WithNames().Weekly(Eli, 20, 300).Meeting(TomorrowTen.AddDays(1), [Eli]).Analyze();

        Assert.Empty(result.OfKind(SuggestionKind.MeetingPrep));
    }

    [Fact]
    public void Analyze_MeetingThatStartedAlready_IsNotToPrepareFor()
    {
        var result = WithNames().Weekly(Eli, 20, 300).Meeting(Now.AddMinutes(-10), [Eli], duration: TimeSpan.FromHours(1))
            .Analyze();

        Assert.Empty(result.OfKind(SuggestionKind.MeetingPrep));
    }

    [Fact]
    public void Analyze_FridayEvening_LooksAheadOverTheWeekendToMonday()
    {
        var friday = new DateTimeOffset(2025, 7, 4, 18, 0, 0, TimeSpan.Zero);
        var monday = new DateTimeOffset(2025, 7, 7, 10, 0, 0, TimeSpan.Zero);
        var result = WithNames().Meeting(monday, [Dana]).Meeting(monday.AddDays(1), [Eli]).Analyze(now: friday);

        var prep = Assert.Single(result.OfKind(SuggestionKind.MeetingPrep));
        Assert.Equal(Dana, prep.ContactAddress);
        Assert.Equal("You meet Dana Kim on Monday at 10:00 for the first time.", prep.Reason);
    }

    [Fact]
    public void Analyze_SundayToThursdayWeek_ThursdayEveningLooksAheadToSundayOnly()
    {
        var thursday = new DateTimeOffset(2025, 7, 3, 18, 0, 0, TimeSpan.Zero);
        var sunday = new DateTimeOffset(2025, 7, 6, 10, 0, 0, TimeSpan.Zero);
        var timeline = WithNames();
        timeline.WorkingHours = new WorkingHours([DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Tuesday,
            DayOfWeek.Wednesday, DayOfWeek.Thursday]);
        var result = timeline.Meeting(sunday, [Dana]).Meeting(sunday.AddDays(1), [Eli]).Analyze(now: thursday);

        var prep = Assert.Single(result.OfKind(SuggestionKind.MeetingPrep));
        Assert.Equal(Dana, prep.ContactAddress);
        Assert.StartsWith("You meet Dana Kim on Sunday at 10:00", prep.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_ThursdayEveningMondayToFriday_DoesNotReachSunday()
    {
        var thursday = new DateTimeOffset(2025, 7, 3, 18, 0, 0, TimeSpan.Zero);
        var result = WithNames().Meeting(new DateTimeOffset(2025, 7, 6, 10, 0, 0, TimeSpan.Zero), [Dana]).Analyze(now: thursday);

        Assert.Empty(result.OfKind(SuggestionKind.MeetingPrep));
    }

    [Fact]
    public void Analyze_OwnerInBerlin_SaysTheLocalTime()
    {
        var timeline = WithNames();
        timeline.TimeZoneId = "Europe/Berlin";
        var result = timeline.Meeting(new DateTimeOffset(2025, 7, 1, 8, 0, 0, TimeSpan.Zero), [Dana]).Analyze();

        Assert.Equal("You meet Dana Kim tomorrow at 10:00 for the first time.",
            Assert.Single(result.OfKind(SuggestionKind.MeetingPrep)).Reason);
    }

    [Fact]
    public void Analyze_TwoMeetingsWithTheSamePerson_OnePrepForTheEarlier()
    {
        var result = WithNames().Meeting(TomorrowTen.AddHours(4), [Dana], id: "later").Meeting(TomorrowTen, [Dana], id: "earlier")
            .Analyze();

        Assert.Equal("earlier", Assert.Single(result.OfKind(SuggestionKind.MeetingPrep)).Evidence.MeetingId);
    }

    [Fact]
    public void Analyze_SoonerMeeting_ScoresHigher()
    {
        var result = WithNames().Meeting(Now.AddHours(2), [Dana]).Meeting(TomorrowTen, [Eli]).Analyze();

        var prep = result.OfKind(SuggestionKind.MeetingPrep).ToDictionary(s => s.ContactAddress);
        Assert.True(prep[Dana].Score > prep[Eli].Score);
        Assert.InRange(prep[Eli].Score, 0.75, 0.98);
    }

    [Fact]
    public void Night_MeetingPrepAfterAFold_EqualsTheFromScratchAnalysis()
    {
        var harness = new NightHarness();
        var timeline = WithNames().Weekly(Eli, 20, 300);
        harness.Run(timeline.Build(), Now.AddDays(-1));
        timeline.Meeting(TomorrowTen, [Eli], id: "catch-up").Meeting(Now.AddHours(3), [Dana]);

        var (night, scratch) = harness.Run(timeline.Build(), Now);

        Assert.Null(harness.FromScratchBecause);
        Assert.Equal(2, night.OfKind(SuggestionKind.MeetingPrep).Count());
        Assert.Equal(scratch.OfKind(SuggestionKind.MeetingPrep).Select(s => (s.Key, s.Reason, s.Score)),
            night.OfKind(SuggestionKind.MeetingPrep).Select(s => (s.Key, s.Reason, s.Score)));
    }

    [Fact]
    public void Rank_DismissedMeetingPrep_StaysHiddenAlthoughTheMeetingIsAhead()
    {
        var timeline = WithNames().Meeting(TomorrowTen, [Dana]);
        var key = Assert.Single(timeline.Analyze().OfKind(SuggestionKind.MeetingPrep)).Key;
        var dismissed = new Dictionary<string, SuggestionFeedback> { [key] = new(FeedbackAction.Dismissed, Now) };

        var result = timeline.Analyze(feedback: UserFeedback.None with { BySuggestionKey = dismissed });

        Assert.Empty(result.OfKind(SuggestionKind.MeetingPrep));
    }

    [Fact]
    public void Rank_MeetingPrepOnceTheMeetingHasStarted_IsHidden()
    {
        var prep = Assert.Single(WithNames().Meeting(TomorrowTen, [Dana]).Analyze().OfKind(SuggestionKind.MeetingPrep));

        var before = SuggestionRanker.Rank([prep], UserFeedback.None, TomorrowTen.AddMinutes(-5), new EngineOptions());
        var after = SuggestionRanker.Rank([prep], UserFeedback.None, TomorrowTen, new EngineOptions());

        Assert.Single(before);
        Assert.Empty(after);
    }
}
