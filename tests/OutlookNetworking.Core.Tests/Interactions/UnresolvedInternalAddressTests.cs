using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Core.Tests.Support;
using static OutlookNetworking.Core.Tests.Support.Timeline;

namespace OutlookNetworking.Core.Tests.Interactions;

/// <summary>
/// Graph-fidelity GF-14: an address of the organisation's own domain that the directory does not resolve is either a
/// dynamic distribution group (invisible to GET /groups) or a person the directory no longer lists (a departed
/// colleague). Told apart by use: a list never writes, organises or answers an invitation; a person does.
/// </summary>
public sealed class UnresolvedInternalAddressTests
{
    private const string Ben = "ben@contoso.example";
    private const string DynamicList = "all-sales@contoso.example";
    private const string Departed = "eli.former@contoso.example";

    [Fact]
    public void Analyze_Gf14_InternalAddressThatNeverActs_IsTakenForAListNotAPerson()
    {
        var timeline = new Timeline();
        timeline.Known.Add(Ben);
        timeline.Exchange(Ben, DaysAgo(30))
            .Sent([DynamicList], DaysAgo(10))
            .Received(Ben, DaysAgo(4), to: [DynamicList])
            .Meeting(DaysAgo(2), [Ben, DynamicList], attendeeResponse: ResponseKind.None);

        var result = timeline.Analyze();

        Assert.Null(result.RelationshipWith(DynamicList));
        Assert.Empty(result.SuggestionsFor(DynamicList));
        Assert.True(result.Noise["distributionList"] >= 2, string.Join(",", result.Noise.Counts));
        Assert.Equal(1, result.Noise["largeMeeting"]); // a meeting inviting a list is a group meeting of unknown size
    }

    [Fact]
    public void Analyze_Gf14_SameMailboxWithoutDirectoryKnowledge_KeepsTheAddressAsAContact()
    {
        var timeline = new Timeline();
        timeline.Exchange(Ben, DaysAgo(30))
            .Sent([DynamicList], DaysAgo(10))
            .Received(Ben, DaysAgo(4), to: [DynamicList])
            .Meeting(DaysAgo(2), [Ben, DynamicList], attendeeResponse: ResponseKind.None);

        var result = timeline.Analyze();

        Assert.NotEmpty(result.SuggestionsFor(DynamicList)); // what the rule prevents: a follow-up "with" a list
    }

    [Fact]
    public void Analyze_Gf14_InternalAddressThatWrote_IsADepartedColleagueKeptAsAPerson()
    {
        var timeline = new Timeline();
        timeline.Known.Add(Ben);
        timeline.Weekly(Departed, weeks: 20, lastDaysAgo: 200).Weekly(Ben, weeks: 4, lastDaysAgo: 3);

        var result = timeline.Analyze();

        var relationship = Assert.IsType<Relationship>(result.RelationshipWith(Departed));
        Assert.True(relationship.IsInternal);
        Assert.Contains(result.SuggestionsFor(Departed), s => s.Kind is SuggestionKind.DormantTie or SuggestionKind.FadingTie);
    }

    [Fact]
    public void Analyze_Gf14_UnresolvedAttendeeWhoAnsweredTheInvitation_IsAPerson()
    {
        const string newcomer = "dana.new@contoso.example";
        var timeline = new Timeline();
        timeline.Known.Add(Ben);
        timeline.Exchange(Ben, DaysAgo(30)).Meeting(DaysAgo(2), [newcomer], attendeeResponse: ResponseKind.Accepted);

        var result = timeline.Analyze();

        Assert.Contains(result.SuggestionsFor(newcomer), s => s.Kind == SuggestionKind.FirstMeetingFollowUp);
    }

    [Fact]
    public void Analyze_Gf14_UnknownAddressOfAnotherDomain_StaysAnOutsidePerson()
    {
        const string client = "buyer@fabrikam.example";
        var timeline = new Timeline();
        timeline.Known.Add(Ben);
        timeline.Exchange(Ben, DaysAgo(30)).Meeting(DaysAgo(2), [client], attendeeResponse: ResponseKind.None);

        var result = timeline.Analyze();

        Assert.Contains(result.SuggestionsFor(client), s => s.Kind == SuggestionKind.FirstMeetingFollowUp);
    }

    [Fact]
    public void Analyze_Gf14_AliasTheDirectoryKnows_IsNeverTakenForAList()
    {
        const string alias = "benjamin@contoso.example";
        var timeline = new Timeline();
        timeline.Known.AddRange([Ben, alias]);
        timeline.Exchange(Ben, DaysAgo(30)).Meeting(DaysAgo(2), [alias], attendeeResponse: ResponseKind.None);

        var result = timeline.Analyze();

        Assert.Contains(result.SuggestionsFor(alias), s => s.Kind == SuggestionKind.FirstMeetingFollowUp);
    }
}
