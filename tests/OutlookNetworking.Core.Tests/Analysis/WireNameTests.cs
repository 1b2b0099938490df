using OutlookNetworking.Core.Analysis;

namespace OutlookNetworking.Core.Tests.Analysis;

public sealed class WireNameTests
{
    [Theory]
    [InlineData(SuggestionKind.FirstMeetingFollowUp, "firstMeetingFollowUp")]
    [InlineData(SuggestionKind.OwedReply, "owedReply")]
    [InlineData(SuggestionKind.AwaitingReply, "awaitingReply")]
    [InlineData(SuggestionKind.FadingTie, "fadingTie")]
    [InlineData(SuggestionKind.DormantTie, "dormantTie")]
    [InlineData(SuggestionKind.CadenceGoal, "cadenceGoal")]
    [InlineData(SuggestionKind.MeetingPrep, "meetingPrep")]
    public void SuggestionKindNames_EachKind_RoundTripsThroughItsWireName(SuggestionKind kind, string wire)
    {
        Assert.Equal(wire, SuggestionKindNames.ToWireName(kind));
        Assert.True(SuggestionKindNames.TryParse(wire, out var parsed));
        Assert.Equal(kind, parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("OwedReply")]
    [InlineData("nope")]
    public void SuggestionKindNames_UnknownName_DoesNotParse(string? wire)
        => Assert.False(SuggestionKindNames.TryParse(wire, out _));

    [Theory]
    [InlineData(StrengthLabel.Strong, "strong")]
    [InlineData(StrengthLabel.Steady, "steady")]
    [InlineData(StrengthLabel.Light, "light")]
    [InlineData(StrengthLabel.Fading, "fading")]
    [InlineData(StrengthLabel.Dormant, "dormant")]
    [InlineData(StrengthLabel.New, "new")]
    public void StrengthLabels_EachLabel_HasItsWireName(StrengthLabel label, string wire)
        => Assert.Equal(wire, StrengthLabels.ToWireName(label));
}
