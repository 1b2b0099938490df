using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Tests.Support;
using static OutlookNetworking.Core.Tests.Support.Timeline;

namespace OutlookNetworking.Core.Tests.Relationships;

/// <summary>Someone the owner shares only list or group mail with (they wrote to lists the owner got their mail
/// through; no direct mail or meeting) is a <see cref="ListOnlyContact"/>: the lists and the last list mail, for the
/// person card. Never a relationship, never a suggestion, still counted as not-addressed noise.</summary>
public sealed class ListOnlyContactTests
{
    private const string Dev = "dev.costa@contoso.example";
    private const string Ops = "ops1@contoso.example";
    private const string Staff = "staff@contoso.example";

    /// <summary>Dev writes to Operations 1 every week for ten weeks (the last 3 days ago) and to All Staff once, 20 days ago.</summary>
    private static Timeline Story()
    {
        var timeline = new Timeline();
        timeline.Lists.AddRange([Ops, Staff]);
        timeline.Names[Ops] = "Operations 1";
        for (var w = 9; w >= 0; w--)
        {
            timeline.ListMail(Dev, Ops, DaysAgo(3 + (7 * w)), "Ops one (as the mail names it)");
        }

        return timeline.ListMail(Dev, Staff, DaysAgo(20), "All Staff");
    }

    [Fact]
    public void Analyze_ColleagueOnListMailOnly_IsListOnlyWithTheListsNewestFirstAndTheLastListMail()
    {
        var result = Story().Analyze();

        var dev = Assert.Single(result.ListOnlyContacts);
        Assert.Equal(Dev, dev.ContactAddress);
        Assert.Equal(["Operations 1", "All Staff"], dev.Lists);
        Assert.Equal(2, dev.ListCount);
        Assert.Equal(11, dev.ListMessages);
        Assert.Equal(DaysAgo(3), dev.LastListMail);
        Assert.Null(result.RelationshipWith(Dev));
        Assert.Empty(result.SuggestionsFor(Dev));
        Assert.Equal(11, result.Noise["notAddressed"]);
    }

    [Fact]
    public void Analyze_ColleagueWithOneDirectMail_IsNotListOnly()
    {
        var result = Story().Received(Dev, DaysAgo(40)).Analyze();

        Assert.Empty(result.ListOnlyContacts);
        Assert.Null(result.RelationshipWith(Dev)); // one way: the ordinary "no history" card
    }

    [Fact]
    public void Analyze_ColleagueMetInASmallMeeting_IsNotListOnly()
    {
        var result = Story().Meeting(DaysAgo(5), [Dev]).Analyze();

        Assert.Empty(result.ListOnlyContacts);
        Assert.NotNull(result.RelationshipWith(Dev));
    }

    [Fact]
    public void Analyze_ListMailAfterTheInstant_DoesNotCountYet()
    {
        var timeline = new Timeline();
        timeline.Lists.Add(Ops);
        timeline.ListMail(Dev, Ops, DaysAgo(-1), "Operations 1");

        Assert.Empty(timeline.Analyze().ListOnlyContacts);
        Assert.Single(timeline.Analyze(now: Now.AddDays(2)).ListOnlyContacts);
    }

    [Fact]
    public void Analyze_MailToAnUnlistedOwnDomainAddressThatActs_IsMailToAPersonNotListMail()
    {
        // GF-14: an own-domain address the directory does not resolve is a dynamic list while it never acts, a person
        // (a departed colleague) once it writes. Dev's mail to it is list mail only in the first case.
        const string Unlisted = "project-x@contoso.example";
        Timeline Make()
        {
            var timeline = new Timeline();
            timeline.Known.AddRange([Owner, Dev]);
            return timeline.ListMail(Dev, Unlisted, DaysAgo(4), "Project X");
        }

        var asList = Assert.Single(Make().Analyze().ListOnlyContacts);
        Assert.Equal(["Project X"], asList.Lists);

        var acting = Make().Received(Unlisted, DaysAgo(2), to: [Dev]);
        Assert.Empty(acting.Analyze().ListOnlyContacts);
    }

    [Fact]
    public void Analyze_ListWritingToAnotherList_IsNoListOnlyContact()
    {
        var timeline = new Timeline();
        timeline.Lists.AddRange([Ops, Staff]);
        timeline.ListMail(Ops, Staff, DaysAgo(2), "All Staff");

        Assert.Empty(timeline.Analyze().ListOnlyContacts);
    }

    [Fact]
    public void Analyze_ThreeHundredPeopleWritingToOneList_EachListOnlyNoneSuggested()
    {
        var timeline = new Timeline();
        timeline.Lists.Add(Staff);
        timeline.Names[Staff] = "All Staff";
        for (var i = 0; i < 300; i++)
        {
            timeline.ListMail($"person{i}@contoso.example", Staff, DaysAgo(1 + (i % 90)));
        }

        var result = timeline.Analyze();

        Assert.Equal(300, result.ListOnlyContacts.Count);
        Assert.All(result.ListOnlyContacts, c => Assert.Equal(["All Staff"], c.Lists));
        Assert.Empty(result.Relationships);
        Assert.Empty(result.Suggestions);
        Assert.Equal(300, result.Noise["notAddressed"]);
    }

    [Fact]
    public void Analyze_ManyListsShared_NamesAtMostThreeAndCountsThemAll()
    {
        var timeline = new Timeline();
        for (var i = 0; i < 5; i++)
        {
            timeline.Lists.Add($"list{i}@contoso.example");
            timeline.ListMail(Dev, $"list{i}@contoso.example", DaysAgo(10 - i), $"List {i}");
        }

        var dev = Assert.Single(timeline.Analyze().ListOnlyContacts);

        Assert.Equal(["List 4", "List 3", "List 2"], dev.Lists);
        Assert.Equal(5, dev.ListCount);
    }

    [Fact]
    public void Night_DirectMailArrivesThenGoes_ListOnlyAsFromScratchEachNight()
    {
        var story = Story();
        var listOnly = story.Build();
        var withDirect = story.Received(Dev, DaysAgo(1)).Build();
        var harness = new NightHarness();
        var (first, _) = harness.Run(listOnly, Now.AddHours(-2));
        Assert.Single(first.ListOnlyContacts);

        var (second, scratch2) = harness.Run(withDirect, Now.AddHours(-1));
        Assert.Null(harness.FromScratchBecause);
        ResultAssert.Same(scratch2, second, "direct mail arrived");
        Assert.Empty(second.ListOnlyContacts);

        var (third, scratch3) = harness.Run(listOnly, Now);
        Assert.Null(harness.FromScratchBecause);
        ResultAssert.Same(scratch3, third, "direct mail removed");
        Assert.Equal(11, Assert.Single(third.ListOnlyContacts).ListMessages);
    }

    [Fact]
    public void Night_ListMailRemoved_LastListMailFallsBackAsFromScratch()
    {
        var all = Story().Build();
        var harness = new NightHarness();
        harness.Run(all, Now.AddHours(-1));
        var latest = all.Messages.MaxBy(m => m.At)!;

        var (night, scratch) = harness.Run(all with { Messages = all.Messages.Where(m => m != latest).ToList() }, Now);

        Assert.Null(harness.FromScratchBecause);
        ResultAssert.Same(scratch, night, "latest list mail removed");
        Assert.Equal(DaysAgo(10), Assert.Single(night.ListOnlyContacts).LastListMail);
    }
}
