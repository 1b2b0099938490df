using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Core.Tests.Support;
using OutlookNetworking.Data.Analysis;
using OutlookNetworking.Data.Kept;
using OutlookNetworking.Data.Privacy;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Data.Tests.Kept;

/// <summary>
/// Nights on the kept state through the real store: what they read (only what the change log names), what they write
/// (nothing when nothing moved), and that every way a row changes reaches the log (the triggers), each giving the
/// from-scratch result.
/// </summary>
public abstract class KeptNightTests(StorageProvider provider) : StoreTestBase(provider)
{
    private static readonly DateTimeOffset Now = Timeline.Now;

    private MailboxMetadataStore Metadata => Get<MailboxMetadataStore>();

    private StoredMailbox Stored => new(Metadata, Get<KeptNight>(), Get<AnalysisStore>(), Ava);

    [Fact]
    public async Task FirstNight_BuildsTheState_SecondNightWithNothingLogged_FoldsNothingAndWritesNothing()
    {
        var stored = Stored;
        var input = RandomMailbox.Create(7, messages: 150, meetings: 30).Build();
        await stored.StoreAsync(input);

        var (first, scratch) = await stored.NightAsync(await HeldAsync(input), Now);
        Assert.Equal("the mailbox has no kept state", first.FromScratchBecause);
        Assert.True(first.RowsMoved > 10, $"first night wrote {first.RowsMoved} rows");
        await stored.AssertStoredAsync(scratch, "first night");
        Assert.Equal(0, await LoggedAsync());
        var parts = await PartsAsync();

        var (second, again) = await stored.NightAsync(await HeldAsync(input), Now);

        Assert.Null(second.FromScratchBecause);
        Assert.Equal(0, second.ChangesFolded);
        Assert.Equal(0, second.RowsMoved);
        ResultAssert.Same(again, second.Result, "second night");
        Assert.Equal(parts, await PartsAsync());
    }

    [Fact]
    public async Task Night_NewRemovedAndEditedItems_FoldsOnlyThemAndEqualsFromScratch()
    {
        var stored = Stored;
        var timeline = RandomMailbox.Create(11, messages: 150, meetings: 30);
        var input = timeline.Build();
        await stored.StoreAsync(input);
        await stored.NightAsync(await HeldAsync(input), Now.AddDays(-1));

        var random = new Random(3);
        for (var i = 0; i < 20; i++)
        {
            RandomMailbox.AddMessage(timeline, random);
        }

        var messages = timeline.Build().Messages.Skip(1).ToList(); // the first removed (an @removed entry)
        var meetings = input.Meetings.ToList();
        meetings[0] = meetings[0] with { IsCancelled = true }; // a cancelled occurrence
        meetings[1] = meetings[1] with { Attendees = [.. meetings[1].Attendees.Skip(1)] }; // a changed attendee list
        meetings.RemoveAt(2); // an occurrence that left the calendar
        var changed = input with { Messages = messages, Meetings = meetings };
        await stored.StoreAsync(changed);
        var logged = await LoggedAsync();
        Assert.InRange(logged, 22, 24); // 20 new, 1 removed, up to 3 meetings (one may have been cancelled already)

        var (night, scratch) = await stored.NightAsync(await HeldAsync(changed), Now);

        Assert.Null(night.FromScratchBecause);
        Assert.Equal(logged, night.ChangesFolded);
        ResultAssert.Same(scratch, night.Result, "night");
        await stored.AssertStoredAsync(scratch, "night");
        Assert.Equal(0, await LoggedAsync());
    }

    [Fact]
    public async Task Night_AfterAnEditOfOneOldMessage_FoldsOnlyItAndEqualsFromScratch()
    {
        var stored = Stored;
        var input = RandomMailbox.Create(5, messages: 150, meetings: 30).Build();
        await stored.StoreAsync(input);
        await stored.NightAsync(await HeldAsync(input), Now);
        var before = await PartsAsync();

        // The oldest message with someone on Cc loses them, and its classification moves (an edit, not a new message).
        var messages = input.Messages.ToList();
        var oldest = messages.Where(m => m.Cc.Count > 0 || m.To.Count > 1).MinBy(m => m.At)!;
        var index = messages.IndexOf(oldest);
        messages[index] = oldest with
        {
            Cc = oldest.Cc.Count > 0 ? [] : oldest.To.Skip(1).ToList(),
            To = oldest.Cc.Count > 0 ? oldest.To : [oldest.To[0]],
            Classification = oldest.Classification == InferenceClass.Focused ? InferenceClass.Other : InferenceClass.Focused,
        };
        var edited = input with { Messages = messages };
        await stored.StoreAsync(edited);
        Assert.Equal(1, await LoggedAsync());

        var (night, scratch) = await stored.NightAsync(await HeldAsync(edited), Now);

        Assert.Null(night.FromScratchBecause);
        Assert.Equal(1, night.ChangesFolded);
        ResultAssert.Same(scratch, night.Result, "night after the edit");
        await stored.AssertStoredAsync(scratch, "night after the edit");
        Assert.NotEqual(before, await PartsAsync());
        Assert.Equal(0, await LoggedAsync());
    }

    [Fact]
    public async Task Night_SeriesMasterChanged_RefoldsItsSkeletonOccurrences()
    {
        var stored = Stored;
        var input = RandomMailbox.Create(13, messages: 40, meetings: 0).Build();
        await stored.StoreAsync(input);
        var master = new MeetingMeta("series-1", Now.AddDays(-20), Now.AddDays(-20).AddHours(1), false, new Party(Timeline.Owner),
            [new Attendee(new Party(RandomMailbox.People[0]), AttendeeKind.Required, ResponseKind.Accepted)], false, true, ResponseKind.Organizer);
        CalendarItem Occurrence(int week) => new(CalendarItemKind.Occurrence,
            master with { Id = $"occ-{week}", Start = master.Start.AddDays(7 * week), End = master.End.AddDays(7 * week) }, master.Id);
        await stored.StoreCalendarAsync([new CalendarItem(CalendarItemKind.SeriesMaster, master, null), Occurrence(0), Occurrence(1), Occurrence(2)], []);
        await stored.NightAsync(await HeldAsync(input), Now.AddDays(-1));

        var moved = master with { Attendees = [new Attendee(new Party(RandomMailbox.People[1]), AttendeeKind.Required, ResponseKind.Accepted)] };
        await stored.StoreCalendarAsync([new CalendarItem(CalendarItemKind.SeriesMaster, moved, null)], []);
        var (night, scratch) = await stored.NightAsync(await HeldAsync(input), Now);

        Assert.Null(night.FromScratchBecause);
        Assert.Equal(3, night.ChangesFolded);
        Assert.Equal(3, night.Result.Relationships.Single(r => r.ContactAddress == RandomMailbox.People[1]).Meetings);
        ResultAssert.Same(scratch, night.Result, "night");
    }

    [Fact]
    public async Task Night_RowsDeletedOutsideTheDeltaPath_AreLoggedAndFoldedToo()
    {
        var stored = Stored;
        var input = RandomMailbox.Create(17, messages: 150, meetings: 30).Build();
        await stored.StoreAsync(input);
        await stored.NightAsync(await HeldAsync(input), Now.AddDays(-1));

        // As the retention purge deletes: straight in the table.
        var cutoff = Now.AddDays(-300).ToUnixTimeMilliseconds();
        await using (var db = NewContext())
        {
            await db.MailMessages.Where(m => (m.SentAtMs ?? m.ReceivedAtMs) < cutoff).ExecuteDeleteAsync();
        }

        var held = await HeldAsync(input);
        var (night, scratch) = await stored.NightAsync(held, Now);

        Assert.Null(night.FromScratchBecause);
        Assert.Equal(input.Messages.Count - held.Messages.Count, night.ChangesFolded);
        Assert.True(night.ChangesFolded > 0);
        ResultAssert.Same(scratch, night.Result, "night");
        await stored.AssertStoredAsync(scratch, "night");
    }

    [Fact]
    public async Task Night_RepairAskedOrOptionsChanged_AnalysesFromScratchAndKeepsTheNewState()
    {
        var stored = Stored;
        var input = RandomMailbox.Create(19, messages: 100, meetings: 20).Build();
        await stored.StoreAsync(input);
        await stored.NightAsync(await HeldAsync(input), Now.AddDays(-2));

        var (repair, _) = await stored.NightAsync(await HeldAsync(input), Now.AddDays(-1), fromScratch: true);
        Assert.Equal("a full re-analysis was asked for", repair.FromScratchBecause);

        var options = new EngineOptions();
        options.Detectors.OwedReply.MaxAge = options.Detectors.OwedReply.MaxAge.Add(TimeSpan.FromDays(1));
        stored.Engine = new RelationshipEngine(options);
        var (changed, scratch) = await stored.NightAsync(await HeldAsync(input), Now);
        Assert.Equal("the engine options changed", changed.FromScratchBecause);
        await stored.AssertStoredAsync(scratch, "after the options changed");

        var (next, _) = await stored.NightAsync(await HeldAsync(input), Now);
        Assert.Null(next.FromScratchBecause);
    }

    [Fact]
    public async Task EraseAndOptOut_DropsTheKeptStateAndItsLog()
    {
        var stored = Stored;
        var input = RandomMailbox.Create(23, messages: 60, meetings: 10).Build();
        await stored.StoreAsync(input);
        await stored.NightAsync(await HeldAsync(input), Now);

        await Get<UserDataStore>().EraseAndOptOutAsync(Ava, CancellationToken.None);

        await using var db = NewContext();
        Assert.Equal(0, await db.KeptStates.CountAsync());
        Assert.Equal(0, await db.KeptStateParts.CountAsync());
        Assert.Equal(0, await db.AnalysisChanges.CountAsync());
    }

    [Fact]
    public async Task ResultsWrittenOutsideANight_DropTheRowDigests_TheNextNightRewritesEveryMovedRow()
    {
        var stored = Stored;
        var input = RandomMailbox.Create(9, messages: 150, meetings: 30).Build();
        await stored.StoreAsync(input);
        var (first, scratch) = await stored.NightAsync(await HeldAsync(input), Now);
        Assert.NotEmpty(first.Result.Suggestions);

        // Rows written outside a night (half the relationships and every suggestion gone): the kept digests no
        // longer describe the rows, so a night with nothing logged must still read and repair them.
        var half = first.Result.Relationships.Where((_, i) => i % 2 == 0).ToList();
        await Get<AnalysisStore>().SaveAsync(Ava, first.Result with { Relationships = half, Suggestions = [] }, 1, 0, CancellationToken.None);
        var (night, again) = await stored.NightAsync(await HeldAsync(input), Now);

        Assert.Null(night.FromScratchBecause);
        Assert.True(night.RowsMoved >= first.Result.Suggestions.Count + (first.Result.Relationships.Count - half.Count),
            $"the night moved {night.RowsMoved} rows");
        ResultAssert.Same(scratch, again, "the night");
        await stored.AssertStoredAsync(again, "the night");
    }

    [Fact]
    public async Task Night_NothingLogged_AnalysedAtFollowsTheNightsInstant_ALaterInstantStillReevaluates()
    {
        var stored = Stored;
        var input = RandomMailbox.Create(5, messages: 120, meetings: 20).Build();
        await stored.StoreAsync(input);
        var earlier = Now.AddDays(-40);
        await stored.NightAsync(await HeldAsync(input), earlier);
        Assert.Equal((earlier, earlier), await AnalysedAtAsync());

        var (same, _) = await stored.NightAsync(await HeldAsync(input), earlier);
        Assert.Equal(0, same.RowsMoved);
        Assert.Equal((earlier, earlier), await AnalysedAtAsync());

        var (later, scratch) = await stored.NightAsync(await HeldAsync(input), Now);

        Assert.Null(later.FromScratchBecause);
        Assert.Equal(0, later.ChangesFolded);
        ResultAssert.Same(scratch, later.Result, "a later night");
        await stored.AssertStoredAsync(scratch, "a later night");
        Assert.Equal((Now, Now), await AnalysedAtAsync());
        Assert.Equal(Now, await Get<AnalysisStore>().GetAnalysedAtAsync(Ava, CancellationToken.None));
    }

    [Fact]
    public async Task Night_NothingMoved_OnlyTheAnalysedAtTimesAreWritten_TheSummaryRowIsKeptAsItWas()
    {
        var stored = Stored;
        var input = RandomMailbox.Create(29, messages: 120, meetings: 20).Build();
        await stored.StoreAsync(input);
        await stored.NightAsync(await HeldAsync(input), Now);
        var before = await SummaryRowAsync();
        var parts = await PartsAsync();
        await using (var db = NewContext())
        {
            // Both analysed-at times set back (as an older night left them): the night at the same instant moves nothing
            // else, and must still write them.
            var old = Now.AddDays(-3);
            await db.MailboxAnalyses.ExecuteUpdateAsync(s => s.SetProperty(a => a.AnalysedAt, old));
            await db.Mailboxes.ExecuteUpdateAsync(s => s.SetProperty(m => m.LastAnalysedAt, old));
        }

        var (night, scratch) = await stored.NightAsync(await HeldAsync(input), Now);

        Assert.Equal(0, night.RowsMoved);
        ResultAssert.Same(scratch, night.Result, "the night");
        await stored.AssertStoredAsync(scratch, "the night");
        Assert.Equal(before, await SummaryRowAsync());
        Assert.Equal((Now, Now), await AnalysedAtAsync());
        Assert.Equal(parts, await PartsAsync());
    }

    [Fact]
    public async Task Night_SummaryRowDeletedOrWrittenOutsideANight_IsWrittenAgainWithTheNightsValues()
    {
        var stored = Stored;
        var input = RandomMailbox.Create(31, messages: 120, meetings: 20).Build();
        await stored.StoreAsync(input);
        var (first, _) = await stored.NightAsync(await HeldAsync(input), Now);
        var expected = await SummaryRowAsync();
        Assert.Equal((input.Messages.Count, input.Meetings.Count), (expected.MessageCount, expected.MeetingCount));

        // Deleted straight in the table: the kept hash of the summary says nothing moved, the row must come back anyway.
        await using (var db = NewContext())
        {
            await db.MailboxAnalyses.ExecuteDeleteAsync();
        }

        await stored.NightAsync(await HeldAsync(input), Now.AddMinutes(1));
        Assert.Equal(expected with { AnalysedAt = Now.AddMinutes(1) }, await SummaryRowAsync());
        Assert.Equal((Now.AddMinutes(1), Now.AddMinutes(1)), await AnalysedAtAsync());

        // Written outside a night (other counts, no list-only contacts): the next night with nothing logged repairs it.
        await Get<AnalysisStore>().SaveAsync(Ava, first.Result with { ListOnlyContacts = [] }, 1, 0, CancellationToken.None);
        Assert.Equal(1, (await SummaryRowAsync()).MessageCount);
        await stored.NightAsync(await HeldAsync(input), Now.AddMinutes(2));
        Assert.Equal(expected with { AnalysedAt = Now.AddMinutes(2) }, await SummaryRowAsync());
    }

    private async Task<(DateTimeOffset? Mailbox, DateTimeOffset? Summary)> AnalysedAtAsync()
    {
        await using var db = NewContext();
        var mailbox = await db.Mailboxes.Where(m => m.TenantId == Ava.TenantId && m.UserId == Ava.UserId)
            .Select(m => m.LastAnalysedAt).SingleAsync();
        return (mailbox, await Get<AnalysisStore>().GetAnalysedAtAsync(Ava, CancellationToken.None));
    }

    private async Task<SummaryRow> SummaryRowAsync()
    {
        await using var db = NewContext();
        var row = await db.MailboxAnalyses.AsNoTracking().SingleAsync(a => a.TenantId == Ava.TenantId && a.UserId == Ava.UserId);
        return new SummaryRow(row.AnalysedAt, row.Health, row.Noise, row.ListOnly, row.MessageCount, row.MeetingCount);
    }

    private sealed record SummaryRow(DateTimeOffset AnalysedAt, string Health, string Noise, string ListOnly, int MessageCount, int MeetingCount);

    private async Task<MailboxInput> HeldAsync(MailboxInput input)
    {
        var (messages, meetings) = await Metadata.LoadAsync(Ava, CancellationToken.None);
        return input with { Messages = messages, Meetings = meetings };
    }

    private async Task<int> LoggedAsync()
    {
        await using var db = NewContext();
        return await db.AnalysisChanges.CountAsync();
    }

    private async Task<string> PartsAsync()
    {
        await using var db = NewContext();
        var parts = await db.KeptStateParts.AsNoTracking().OrderBy(p => p.Kind).ThenBy(p => p.Bucket).ToListAsync();
        var header = await db.KeptStates.AsNoTracking().Select(k => k.Header).SingleAsync();
        return Convert.ToHexString(header!) + string.Join(",", parts.Select(p => $"{p.Kind}/{p.Bucket}:{Convert.ToHexString(p.Data)}"));
    }
}

public sealed class KeptNightSqliteTests() : KeptNightTests(StorageProvider.Sqlite);

public sealed class KeptNightPostgresTests() : KeptNightTests(StorageProvider.PostgreSql);
