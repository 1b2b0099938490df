using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Feedback;
using OutlookNetworking.Core.Tests.Support;
using static OutlookNetworking.Core.Tests.Support.Timeline;

namespace OutlookNetworking.Core.Tests.Detectors;

public sealed class CadenceGoalTests
{
    private const string Maria = "maria@fabrikam.example";

    private static UserFeedback Goal(string address, int? cadenceDays)
        => new(new Dictionary<string, SuggestionFeedback>(), [], new Dictionary<string, ContactGoal>
        {
            [address] = new("mentor", cadenceDays),
        });

    [Fact]
    public void Analyze_MentorMonthlyLastSeen40DaysAgo_SuggestsCadenceGoal()
    {
        var result = new Timeline().Exchange(Maria, DaysAgo(40.5)).Analyze(feedback: Goal(Maria, 30));

        var goal = Assert.Single(result.OfKind(SuggestionKind.CadenceGoal));
        Assert.Equal(Maria, goal.ContactAddress);
        Assert.Equal(30, goal.Evidence.CadenceDays);
        Assert.Equal(40, goal.Evidence.DaysSilent);
        Assert.Contains("mentor", goal.Reason, StringComparison.Ordinal);
        Assert.Contains("40 days ago", goal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_MentorSeenWithinTheCadence_SuggestsNothing()
    {
        var result = new Timeline().Exchange(Maria, DaysAgo(20)).Analyze(feedback: Goal(Maria, 30));

        Assert.Empty(result.Suggestions);
    }

    [Fact]
    public void Analyze_GoalForSomeoneNeverContacted_SuggestsMakingContact()
    {
        var result = new Timeline().Analyze(feedback: Goal("New.Mentor@Fabrikam.example", 30));

        var goal = Assert.Single(result.OfKind(SuggestionKind.CadenceGoal));
        Assert.Equal("new.mentor@fabrikam.example", goal.ContactAddress);
        Assert.Contains("no contact on record", goal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_TagWithoutCadence_SuggestsNothing()
    {
        var result = new Timeline().Exchange(Maria, DaysAgo(400)).Analyze(feedback: Goal(Maria, null));

        Assert.Empty(result.Suggestions);
    }

    [Fact]
    public void Analyze_OneWayContactWithAGoal_CountsTheirMailAsContact()
    {
        var result = new Timeline().Received(Maria, DaysAgo(10)).Analyze(feedback: Goal(Maria, 30));

        Assert.Empty(result.OfKind(SuggestionKind.CadenceGoal));
    }


    [Fact]
    public void Analyze_GraceDaysSetToFifteen_MonthlyGoalFortyDaysSilentIsNotYetOverdue()
    {
        var options = new EngineOptions();
        options.Detectors.CadenceGoal.GraceDays = 15;

        var result = new Timeline().Exchange(Maria, DaysAgo(40.5)).Analyze(options, Goal(Maria, 30));

        Assert.Empty(result.OfKind(SuggestionKind.CadenceGoal));
    }
}
