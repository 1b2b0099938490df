using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Core.Tests.Support;
using static OutlookNetworking.Core.Tests.Support.Timeline;

namespace OutlookNetworking.Core.Tests.State;

/// <summary>A night folds what changed into the kept state and gives exactly the from-scratch result: hand-made
/// timelines, one change each.</summary>
public sealed class NightFoldTests
{
    private const string Ben = "ben@northwind.example";
    private const string Chen = "chen@contoso.example";
    private const string Dana = "dana@fabrikam.example";

    [Fact]
    public void Night_NewMessagesAndTimePassing_FoldsThemInAsFromScratch()
    {
        var timeline = new Timeline().Weekly(Ben, 6, 2).Weekly(Chen, 4, 40).Received(Ben, DaysAgo(1.5), "open-1");
        var all = timeline.Build();
        var firstNight = DaysAgo(3);
        var harness = new NightHarness();
        harness.Run(Until(all, firstNight), firstNight);

        var (night, scratch) = harness.Run(all, Now);

        Assert.Null(harness.FromScratchBecause);
        Assert.Equal(3, harness.LastChanges!.Messages.Count);
        ResultAssert.Same(scratch, night, "second night");
        Assert.Contains(night.Suggestions, s => s.Suggestion is { Kind: SuggestionKind.OwedReply, ContactAddress: Ben });
    }

    [Fact]
    public void Night_RemovedReply_MakesTheReplyOwedAgain()
    {
        var timeline = new Timeline().Weekly(Ben, 5, 10).Received(Ben, DaysAgo(3), "t").Sent([Ben], DaysAgo(2), "t");
        var all = timeline.Build();
        var harness = new NightHarness();
        var (before, _) = harness.Run(all, Now);
        Assert.DoesNotContain(before.Suggestions, s => s.Suggestion.Kind == SuggestionKind.OwedReply);

        var reply = all.Messages[^1];
        var (night, scratch) = harness.Run(all with { Messages = all.Messages.Where(m => m != reply).ToList() }, Now.AddHours(1));

        Assert.Null(harness.FromScratchBecause);
        Assert.Equal([reply.Id], harness.LastChanges!.RemovedMessageIds);
        ResultAssert.Same(scratch, night, "after the removal");
        Assert.Contains(night.Suggestions, s => s.Suggestion is { Kind: SuggestionKind.OwedReply, ContactAddress: Ben });
    }

    [Fact]
    public void Night_MessageMovedToDeletedItems_OwesNoReplyAnyMore()
    {
        var timeline = new Timeline().Weekly(Ben, 5, 10).Received(Ben, DaysAgo(3), "t");
        var all = timeline.Build();
        var harness = new NightHarness();
        var (before, _) = harness.Run(all, Now);
        Assert.Contains(before.Suggestions, s => s.Suggestion.Kind == SuggestionKind.OwedReply);

        var moved = all.Messages[^1] with { Folder = FolderKind.DeletedItems };
        var (night, scratch) = harness.Run(all with { Messages = [.. all.Messages.SkipLast(1), moved] }, Now.AddDays(1));

        Assert.Null(harness.FromScratchBecause);
        ResultAssert.Same(scratch, night, "after the move");
        Assert.DoesNotContain(night.Suggestions, s => s.Suggestion.Kind == SuggestionKind.OwedReply);
    }

    [Fact]
    public void Night_CancelledOccurrence_TakesTheMeetingAndItsFollowUpAway()
    {
        var timeline = new Timeline().Meeting(DaysAgo(1), [Dana], id: "occ-1").Weekly(Chen, 3, 5);
        var all = timeline.Build();
        var harness = new NightHarness();
        var (before, _) = harness.Run(all, Now);
        Assert.Contains(before.Suggestions, s => s.Suggestion is { Kind: SuggestionKind.FirstMeetingFollowUp, ContactAddress: Dana });

        var cancelled = all.Meetings[0] with { IsCancelled = true };
        var (night, scratch) = harness.Run(all with { Meetings = [cancelled] }, Now.AddHours(2));

        Assert.Null(harness.FromScratchBecause);
        ResultAssert.Same(scratch, night, "after the cancellation");
        Assert.DoesNotContain(night.Relationships, r => r.ContactAddress == Dana);
        Assert.Equal(1, night.Noise["cancelledMeeting"]);
    }

    [Fact]
    public void Night_ChangedAttendeeList_ReweighsTheMeeting()
    {
        var people = new[] { Ben, Chen, Dana, "eli@adatum.example", "fay@adatum.example", "gus@adatum.example" };
        var timeline = new Timeline().Meeting(DaysAgo(20), people.Take(2), id: "m").Weekly(Ben, 4, 3).Weekly(Chen, 4, 4);
        var all = timeline.Build();
        var harness = new NightHarness();
        var (before, _) = harness.Run(all, Now);

        var grown = all.Meetings[0] with
        {
            Attendees = people.Select(p => new Attendee(new Party(p), AttendeeKind.Required, ResponseKind.Accepted)).ToList(),
        };
        var (night, scratch) = harness.Run(all with { Meetings = [grown] }, Now);

        Assert.Null(harness.FromScratchBecause);
        ResultAssert.Same(scratch, night, "after the attendee change");
        Assert.NotEqual(before.RelationshipWith(Ben)!.Strength, night.RelationshipWith(Ben)!.Strength);
    }

    [Fact]
    public void Night_MeetingThatWasAheadHasTakenPlace_CountsItWithoutAnyChange()
    {
        var timeline = new Timeline().Meeting(Now.AddDays(1), [Dana], id: "ahead").Weekly(Chen, 3, 5);
        var all = timeline.Build();
        var harness = new NightHarness();
        var (before, _) = harness.Run(all, Now);
        Assert.DoesNotContain(before.Relationships, r => r.ContactAddress == Dana);

        var (night, scratch) = harness.Run(all, Now.AddDays(2));

        Assert.Null(harness.FromScratchBecause);
        Assert.True(harness.LastChanges!.IsEmpty);
        ResultAssert.Same(scratch, night, "two days later");
        Assert.Contains(night.Suggestions, s => s.Suggestion is { Kind: SuggestionKind.FirstMeetingFollowUp, ContactAddress: Dana });
    }

    [Fact]
    public void Night_NothingChangedAtTheSameInstant_WritesNothing()
    {
        var all = RandomMailbox.Create(7).Build();
        var harness = new NightHarness();
        harness.Run(all, Now);

        var (night, scratch) = harness.Run(all, Now);

        Assert.Null(harness.FromScratchBecause);
        Assert.Equal(0, harness.Parts.LastWrites);
        ResultAssert.Same(scratch, night, "same instant");
    }

    [Fact]
    public void Night_ReplayedItemsThatDidNotChange_WriteNothing()
    {
        var all = RandomMailbox.Create(8).Build();
        var harness = new NightHarness();
        harness.Run(all, Now);

        var (night, scratch) = harness.Run(all, Now, replayed: [.. all.Messages.Take(20).Select(m => m.Id), .. all.Meetings.Take(5).Select(m => m.Id)]);

        Assert.Null(harness.FromScratchBecause);
        Assert.Equal(25, harness.LastChanges!.Messages.Count + harness.LastChanges.Meetings.Count);
        Assert.Equal(0, harness.Parts.LastWrites);
        ResultAssert.Same(scratch, night, "replayed page");
    }

    [Fact]
    public void Night_NameOfTheLatestTouchRemoved_FallsBackToTheEarlierName()
    {
        var timeline = new Timeline()
            .Received(Ben, DaysAgo(10), "a", fromName: "Ben O.").Sent([Ben], DaysAgo(9), "a")
            .Received(Ben, DaysAgo(2), "b", fromName: "Ben Okafor");
        var all = timeline.Build();
        var harness = new NightHarness();
        var (before, _) = harness.Run(all, Now);
        Assert.Equal("Ben Okafor", before.RelationshipWith(Ben)!.DisplayName);

        var (night, scratch) = harness.Run(all with { Messages = all.Messages.SkipLast(1).ToList() }, Now);

        ResultAssert.Same(scratch, night, "after the removal");
        Assert.Equal("Ben O.", night.RelationshipWith(Ben)!.DisplayName);
    }

    [Fact]
    public void Night_OptionsChanged_AnalysesFromScratch()
    {
        var all = RandomMailbox.Create(3).Build();
        var harness = new NightHarness();
        harness.Run(all, Now);
        var changed = new EngineOptions();
        changed.Detectors.OwedReply.MaxAge = TimeSpan.FromDays(20);
        harness.UseOptions(changed);

        var (night, scratch) = harness.Run(all, Now.AddDays(1));

        Assert.Equal("the engine options changed", harness.FromScratchBecause);
        ResultAssert.Same(scratch, night, "after the option change");
    }

    [Fact]
    public void Night_OwnerGotAnotherTimeZone_AnalysesFromScratch()
    {
        var timeline = RandomMailbox.Create(4);
        var harness = new NightHarness();
        harness.Run(timeline.Build(), Now);
        timeline.TimeZoneId = "Asia/Tokyo";

        var (night, scratch) = harness.Run(timeline.Build(), Now.AddDays(1));

        Assert.Equal("the owner's addresses or time zone changed", harness.FromScratchBecause);
        ResultAssert.Same(scratch, night, "after the zone change");
    }

    [Fact]
    public void Night_ContactInvitedAsAResource_AnalysesFromScratch()
    {
        var timeline = new Timeline().Weekly(Ben, 4, 3);
        var all = timeline.Build();
        var harness = new NightHarness();
        harness.Run(all, Now);
        var withRoom = timeline.Meeting(DaysAgo(1), [Chen], resources: [Ben]).Build();

        var (night, scratch) = harness.Run(withRoom, Now);

        Assert.StartsWith("the mailbox changed what address", harness.FromScratchBecause);
        ResultAssert.Same(scratch, night, "after the room");
        Assert.DoesNotContain(night.Relationships, r => r.ContactAddress == Ben);
    }

    [Fact]
    public void Night_DirectoryChangedAboutAddressesNeverSeen_Folds()
    {
        var timeline = new Timeline().Weekly(Ben, 4, 3);
        var harness = new NightHarness();
        harness.Run(timeline.Build(), Now);
        timeline.Lists.Add("all-staff@contoso.example");
        timeline.Rooms.Add("room-9@contoso.example");

        var (night, scratch) = harness.Run(timeline.Build(), Now.AddDays(1));

        Assert.True(harness.LastChanges!.IsEmpty); // nothing else changed: the directory alone must be seen
        Assert.Null(harness.FromScratchBecause);
        ResultAssert.Same(scratch, night, "after the directory change");
    }

    [Fact]
    public void Night_DirectoryMadeASeenAddressAList_AnalysesFromScratch()
    {
        var timeline = new Timeline().Weekly(Ben, 4, 3).Weekly(Chen, 4, 3);
        var harness = new NightHarness();
        harness.Run(timeline.Build(), Now);
        timeline.Lists.Add(Chen);

        var (night, scratch) = harness.Run(timeline.Build(), Now.AddDays(1));

        Assert.True(harness.LastChanges!.IsEmpty); // nothing else changed: the directory alone must be seen
        Assert.StartsWith("the directory changed what address", harness.FromScratchBecause);
        ResultAssert.Same(scratch, night, "after the directory change");
        Assert.DoesNotContain(night.Relationships, r => r.ContactAddress == Chen);
    }

    [Fact]
    public void Night_BeforeTheKeptInstant_AnalysesFromScratch()
    {
        var all = RandomMailbox.Create(5).Build();
        var harness = new NightHarness();
        harness.Run(all, Now);

        var (night, scratch) = harness.Run(all, Now.AddHours(-1));

        Assert.Equal("the night is before the kept state's instant", harness.FromScratchBecause);
        ResultAssert.Same(scratch, night, "an hour earlier");
    }

    /// <summary>The mailbox as it was at <paramref name="at"/>: messages written by then; the calendar whole.</summary>
    private static MailboxInput Until(MailboxInput input, DateTimeOffset at)
        => input with { Messages = input.Messages.Where(m => m.At <= at).ToList() };
}
