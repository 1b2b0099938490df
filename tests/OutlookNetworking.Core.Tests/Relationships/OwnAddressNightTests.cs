using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Core.Tests.Support;
using static OutlookNetworking.Core.Tests.Support.Timeline;

namespace OutlookNetworking.Core.Tests.Relationships;

/// <summary>The owner's own address judged night by night on the kept state: whatever arrives, is dated ahead, is
/// deleted or re-addressed, every folded night equals the from-scratch analysis of the same mailbox then.</summary>
public sealed class OwnAddressNightTests
{
    private const string Ben = "ben@contoso.example";
    private const string Own = "ava.lopez@gmail.com";

    /// <summary>Weekly 1:1 mail with <paramref name="address"/> for 20 weeks until 200 days ago, its mail carrying
    /// <paramref name="name"/>, and weekly mail with Ben.</summary>
    private static Timeline Story(string address, string? name)
    {
        var timeline = new Timeline { OwnerName = "Ava Lopez" };
        for (var w = 19; w >= 0; w--)
        {
            var at = DaysAgo(200 + (7 * w));
            timeline.Received(address, at, $"own{w}", fromName: name).Sent([address], at.AddHours(2), $"own{w}");
        }

        return timeline.Weekly(Ben, 6, 3);
    }

    private static AnalysisResult Folded(NightHarness harness, MailboxInput input, DateTimeOffset now, string where)
    {
        var (night, scratch) = harness.Run(input, now);
        Assert.Null(harness.FromScratchBecause);
        ResultAssert.Same(scratch, night, where);
        return night;
    }

    private static bool IsOwn(AnalysisResult result, string address)
        => result.RelationshipWith(address) is null && result.Noise["ownAddress"] == 1;

    public static TheoryData<string> WithBenAhead() => ["received, Ben in Cc", "sent to it and Ben"];

    [Theory]
    [MemberData(nameof(WithBenAhead))]
    public void Night_MailDatedAheadWithItAndAThirdPerson_CountsOnlyOnceItsDateHasCome(string how)
    {
        var harness = new NightHarness();
        var timeline = Story(Own, "Ava Lopez");
        var first = harness.Run(timeline.Build(), Now).Night;
        Assert.True(IsOwn(first, Own));

        // Written ahead of the next night (a sender's clock): a from-scratch analysis then counts it as future and
        // does not read who is on it, so the address is still the owner's, though the kept state holds its touch.
        var ahead = Now.AddHours(30);
        _ = how == "sent to it and Ben"
            ? timeline.Sent([Own, Ben], ahead)
            : timeline.Received(Own, ahead, cc: [Ben], fromName: "Ava Lopez");
        var before = Folded(harness, timeline.Build(), Now.AddHours(6), "the night before its date");
        Assert.True(IsOwn(before, Own));
        Assert.Equal(1, before.Noise["future"]);

        var after = Folded(harness, timeline.Build(), Now.AddDays(2), "the night after its date");
        Assert.NotNull(after.RelationshipWith(Own));
        Assert.Equal(0, after.Noise["ownAddress"]);
    }

    [Fact]
    public void Night_TheOwnersNameOnMailDatedAhead_NamesTheAddressOnlyOnceItsDateHasCome()
    {
        // The local part says nothing: only the name on its mail can make it the owner's.
        const string address = "x1984@outlook.com";
        var harness = new NightHarness();
        var timeline = Story(address, name: null);
        Assert.NotNull(harness.Run(timeline.Build(), Now).Night.RelationshipWith(address));

        timeline.Received(address, Now.AddHours(30), fromName: "Ava Lopez");
        var before = Folded(harness, timeline.Build(), Now.AddHours(6), "the night before its date");
        Assert.NotNull(before.RelationshipWith(address));
        Assert.Equal(0, before.Noise["ownAddress"]);

        Assert.True(IsOwn(Folded(harness, timeline.Build(), Now.AddDays(2), "the night after its date"), address));
    }

    [Fact]
    public void Night_AThirdPersonComesAndGoes_TheAddressIsAContactThenTheOwnersAgain()
    {
        var harness = new NightHarness();
        var timeline = Story(Own, "Ava Lopez");
        Assert.True(IsOwn(harness.Run(timeline.Build(), Now).Night, Own));

        // Mail from it with Ben in Cc, and a meeting with it and Ben: a namesake, a contact.
        timeline.Received(Own, Now.AddHours(2), cc: [Ben], fromName: "Ava Lopez")
            .Meeting(Now.AddHours(3), [Own, Ben], id: "three");
        var all = timeline.Build();
        var cc = all.Messages[^1];
        var joined = Folded(harness, all, Now.AddHours(6), "with Ben in mail and a meeting");
        Assert.NotNull(joined.RelationshipWith(Own));
        Assert.Equal(0, joined.Noise["ownAddress"]);

        // The mail deleted: the meeting still has Ben on it.
        var deleted = all with { Messages = all.Messages.Where(m => m.Id != cc.Id).ToList() };
        var meetingLeft = Folded(harness, deleted, Now.AddHours(12), "the mail with Ben deleted");
        Assert.NotNull(meetingLeft.RelationshipWith(Own));

        // Ben taken off the meeting: nothing but the owner and the address is left, so it is the owner's again.
        var alone = deleted with
        {
            Meetings = [.. deleted.Meetings.Select(m => m.Id == "three" ? m with { Attendees = [.. m.Attendees.Where(a => a.Who.Address != Ben)] } : m)],
        };
        var again = Folded(harness, alone, Now.AddHours(18), "Ben taken off the meeting");
        Assert.True(IsOwn(again, Own));
        Assert.NotNull(again.RelationshipWith(Ben));
    }

    [Fact]
    public void Night_AMeetingToComeWithAThirdPerson_MakesItAContactAlreadyAndAgainWhenCancelled()
    {
        // Unlike mail dated ahead, a meeting to come is read (meeting preparation reads it): Ben on it counts now.
        var harness = new NightHarness();
        var timeline = Story(Own, "Ava Lopez");
        Assert.True(IsOwn(harness.Run(timeline.Build(), Now).Night, Own));

        timeline.Meeting(Now.AddDays(3), [Own, Ben], id: "ahead");
        var all = timeline.Build();
        var invited = Folded(harness, all, Now.AddHours(6), "a meeting to come with Ben");
        Assert.NotNull(invited.RelationshipWith(Own));

        var cancelled = all with { Meetings = [.. all.Meetings.Select(m => m.Id == "ahead" ? m with { IsCancelled = true } : m)] };
        Assert.True(IsOwn(Folded(harness, cancelled, Now.AddHours(12), "the meeting cancelled"), Own));
    }
}
