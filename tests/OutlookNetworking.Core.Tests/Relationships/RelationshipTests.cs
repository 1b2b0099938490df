using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Core.Tests.Support;
using static OutlookNetworking.Core.Tests.Support.Timeline;

namespace OutlookNetworking.Core.Tests.Relationships;

public sealed class RelationshipTests
{
    private const string Ben = "ben@contoso.example";
    private const string Chen = "chen@northwind.example";

    [Fact]
    public void Analyze_TwoWayMail_GivesFirstLastCountsAndContactDays()
    {
        var result = new Timeline()
            .Received(Ben, DaysAgo(20), "a")
            .Sent([Ben], DaysAgo(20).AddHours(1), "a")
            .Sent([Ben], DaysAgo(10), "b")
            .Received(Ben, DaysAgo(3), "c")
            .Analyze();

        var ben = Assert.IsType<Relationship>(result.RelationshipWith(Ben));
        Assert.Equal(DaysAgo(20), ben.FirstContact);
        Assert.Equal(DaysAgo(3), ben.LastContact);
        Assert.Equal(3, ben.ContactDays);
        Assert.Equal(2, ben.Sent);
        Assert.Equal(2, ben.Received);
        Assert.Equal(0, ben.Meetings);
        Assert.Equal(1.0, ben.Reciprocity);
        Assert.True(ben.IsInternal);
    }

    [Fact]
    public void Analyze_OnlyReceivedNeverReplied_IsNotARelationship()
    {
        var timeline = new Timeline();
        for (var i = 0; i < 8; i++)
        {
            timeline.Received("jo@recruitco.example", DaysAgo(5 + (12 * i)));
        }

        var result = timeline.Analyze();

        Assert.Empty(result.Relationships);
        Assert.Empty(result.Suggestions);
        Assert.Equal(1, result.Noise["oneWay"]);
    }

    [Fact]
    public void Analyze_OnlySent_IsNotARelationship()
    {
        var result = new Timeline().Sent([Chen], DaysAgo(40)).Sent([Chen], DaysAgo(20)).Analyze();

        Assert.Null(result.RelationshipWith(Chen));
    }

    [Fact]
    public void Analyze_OneSmallMeeting_IsARelationship()
    {
        var result = new Timeline().Meeting(DaysAgo(10), [Chen], organizer: Chen, myResponse: ResponseKind.Accepted).Analyze();

        var chen = Assert.IsType<Relationship>(result.RelationshipWith(Chen));
        Assert.Equal(1, chen.Meetings);
        Assert.False(chen.IsInternal);
    }

    [Fact]
    public void Analyze_MediumMeetingOnly_IsNotARelationship()
    {
        var people = Enumerable.Range(1, 7).Select(i => $"p{i}@contoso.example").ToList();
        var result = new Timeline().Meeting(DaysAgo(10), people).Analyze();

        Assert.Empty(result.Relationships);
    }

    [Fact]
    public void Analyze_LopsidedExchange_HasReciprocityOfTheMinOverTheMax()
    {
        var result = new Timeline()
            .Received(Ben, DaysAgo(9)).Received(Ben, DaysAgo(8)).Received(Ben, DaysAgo(7)).Received(Ben, DaysAgo(6))
            .Sent([Ben], DaysAgo(5))
            .Analyze();

        Assert.Equal(0.25, Assert.IsType<Relationship>(result.RelationshipWith(Ben)).Reciprocity, 6);
    }

    [Fact]
    public void Analyze_WeeklyExchanges_HaveAMedianGapOfSevenDays()
    {
        var result = new Timeline().Weekly(Ben, 10, 3).Analyze();

        Assert.Equal(7.0, Assert.IsType<Relationship>(result.RelationshipWith(Ben)).MedianGapDays);
    }

    [Fact]
    public void Analyze_MonthlyMeetingWithNotesTheNextDay_HasAMonthlyGapNotOneDay()
    {
        var timeline = new Timeline();
        for (var m = 0; m < 8; m++)
        {
            var meeting = DaysAgo(20 + (30 * m));
            timeline.Meeting(meeting, [Chen]).Exchange(Chen, meeting.AddDays(1));
        }

        var chen = Assert.IsType<Relationship>(timeline.Analyze().RelationshipWith(Chen));

        Assert.Equal(16, chen.ContactDays);
        Assert.Equal(29.0, chen.MedianGapDays);
    }

    [Fact]
    public void Analyze_SingleContactDay_HasNoMedianGap()
    {
        var result = new Timeline().Exchange(Ben, DaysAgo(2)).Analyze();

        Assert.Null(Assert.IsType<Relationship>(result.RelationshipWith(Ben)).MedianGapDays);
    }

    [Fact]
    public void Analyze_ContactDays_AreCountedInTheOwnersTimeZone()
    {
        // 23:30 and 01:30 UTC are two UTC days but one evening in Seattle (UTC-7 in summer).
        var evening = new DateTimeOffset(2025, 6, 20, 23, 30, 0, TimeSpan.Zero);
        Timeline Build(string? zone)
        {
            var timeline = new Timeline { TimeZoneId = zone };
            return timeline.Received(Ben, evening, "t").Sent([Ben], evening.AddHours(2), "t");
        }

        Assert.Equal(2, Build("UTC").Analyze().RelationshipWith(Ben)!.ContactDays);
        Assert.Equal(1, Build("Pacific Standard Time").Analyze().RelationshipWith(Ben)!.ContactDays);
        Assert.Equal(1, Build("America/Los_Angeles").Analyze().RelationshipWith(Ben)!.ContactDays);
    }

    [Theory]
    [InlineData("Not/AZone")]
    [InlineData(null)]
    [InlineData("")]
    public void Analyze_UnknownTimeZone_CountsDaysInUtc(string? zone)
    {
        var evening = new DateTimeOffset(2025, 6, 20, 23, 30, 0, TimeSpan.Zero);
        var timeline = new Timeline { TimeZoneId = zone };
        timeline.Received(Ben, evening, "t").Sent([Ben], evening.AddHours(2), "t");

        Assert.Equal(2, timeline.Analyze().RelationshipWith(Ben)!.ContactDays);
    }

    [Fact]
    public void Analyze_MonthlySeries_HasTwelveMonthsOldestFirstCurrentLast()
    {
        // Now is 30 June 2025: the series runs July 2024 .. June 2025.
        var result = new Timeline()
            .Exchange(Ben, new DateTimeOffset(2025, 6, 2, 10, 0, 0, TimeSpan.Zero))
            .Exchange(Ben, new DateTimeOffset(2025, 6, 9, 10, 0, 0, TimeSpan.Zero))
            .Exchange(Ben, new DateTimeOffset(2025, 1, 15, 10, 0, 0, TimeSpan.Zero))
            .Exchange(Ben, new DateTimeOffset(2024, 7, 1, 10, 0, 0, TimeSpan.Zero))
            .Exchange(Ben, new DateTimeOffset(2024, 6, 28, 10, 0, 0, TimeSpan.Zero))
            .Analyze();

        var series = result.RelationshipWith(Ben)!.MonthlyContactDays;
        Assert.Equal([1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 2], series);
    }

    [Fact]
    public void Analyze_DirectOneToOneMail_WeighsMoreThanBeingOneOfFortyOnCc()
    {
        var crowd = Enumerable.Range(1, 39).Select(i => $"p{i}@contoso.example").ToArray();
        var timeline = new Timeline();
        for (var w = 0; w < 6; w++)
        {
            var at = DaysAgo(2 + (7 * w));
            timeline.Received(Ben, at, $"b{w}").Sent([Ben], at.AddHours(1), $"b{w}");
            timeline.Received(Chen, at, $"c{w}", to: crowd, cc: [Owner]).Sent([Chen], at.AddHours(1), $"c{w}", cc: crowd);
        }

        var result = timeline.Analyze();

        Assert.True(result.RelationshipWith(Ben)!.Strength > 2 * result.RelationshipWith(Chen)!.Strength);
    }

    [Fact]
    public void Analyze_OneToOneMeeting_WeighsMoreThanATwelvePersonMeeting()
    {
        var team = Enumerable.Range(1, 10).Select(i => $"p{i}@contoso.example").Append(Chen).ToArray();
        var timeline = new Timeline();
        for (var w = 0; w < 6; w++)
        {
            timeline.Meeting(DaysAgo(2 + (7 * w)), [Ben]).Meeting(DaysAgo(3 + (7 * w)), team);
            timeline.Exchange(Chen, DaysAgo(40)).Exchange(Ben, DaysAgo(40));
        }

        var result = timeline.Analyze();

        Assert.True(result.RelationshipWith(Ben)!.Strength > result.RelationshipWith(Chen)!.Strength);
    }

    [Fact]
    public void Analyze_SameHistoryLater_HasLowerStrength()
    {
        var timeline = new Timeline().Weekly(Ben, 12, 1);

        var early = timeline.Analyze().RelationshipWith(Ben)!.Strength;
        var late = timeline.Analyze(now: Now.AddDays(120)).RelationshipWith(Ben)!.Strength;

        // Documented: strength = 1 - exp(-sum / saturation), the sum halving every 90 days of silence,
        // so 1 - late = (1 - early) ^ (2 ^ (-120 / 90)).
        Assert.InRange(early, 0.6, 1.0);
        Assert.Equal(1 - Math.Pow(1 - early, Math.Pow(2, -120.0 / 90)), late, 6);
    }

    [Fact]
    public void Analyze_ManyMessagesOnOneDay_CountLikeOneContactDay()
    {
        var burst = new Timeline();
        for (var i = 0; i < 30; i++)
        {
            burst.Exchange(Ben, DaysAgo(5).AddMinutes(i * 5));
        }

        var single = new Timeline().Exchange(Ben, DaysAgo(5));

        Assert.Equal(single.Analyze().RelationshipWith(Ben)!.Strength, burst.Analyze().RelationshipWith(Ben)!.Strength, 9);
    }

    [Fact]
    public void Analyze_Relationships_AreSortedStrongestFirst()
    {
        var result = new Timeline().Weekly(Ben, 20, 2).Exchange(Chen, DaysAgo(60)).Weekly("dana@contoso.example", 4, 3).Analyze();

        var strengths = result.Relationships.Select(r => r.Strength).ToList();
        Assert.Equal(3, strengths.Count);
        Assert.Equal(strengths.OrderByDescending(s => s), strengths);
        Assert.Equal(Ben, result.Relationships[0].ContactAddress);
    }

    [Fact]
    public void Analyze_DisplayName_ComesFromTheDirectoryThenFromTheMail()
    {
        var timeline = new Timeline();
        timeline.Names[Ben] = "Ben Okafor";
        timeline.Received(Ben, DaysAgo(3), "a", fromName: "ben (mobile)").Sent([Ben], DaysAgo(2), "a")
            .Received(Chen, DaysAgo(3), "b", fromName: "Chen Wei").Sent([Chen], DaysAgo(2), "b")
            .Received("x@fabrikam.example", DaysAgo(3), "c", fromName: "x@fabrikam.example").Sent(["x@fabrikam.example"], DaysAgo(2), "c");

        var result = timeline.Analyze();

        Assert.Equal("Ben Okafor", result.RelationshipWith(Ben)!.DisplayName);
        Assert.Equal("Chen Wei", result.RelationshipWith(Chen)!.DisplayName);
        Assert.Null(result.RelationshipWith("x@fabrikam.example")!.DisplayName);
    }

    [Fact]
    public void Analyze_AddressesDifferingOnlyInCase_AreOneContact()
    {
        var result = new Timeline().Received("Ben@Contoso.Example", DaysAgo(3), "t").Sent(["BEN@contoso.example"], DaysAgo(2), "t").Analyze();

        var ben = Assert.Single(result.Relationships);
        Assert.Equal(Ben, ben.ContactAddress);
    }
}
