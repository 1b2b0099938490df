using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Data.Tests.Sync;

public abstract class MailboxMetadataStoreTests(StorageProvider provider) : StoreTestBase(provider)
{
    private const string Inbox = "AAMkInbox==";
    private const string Archive = "AAMkArchive==";

    private static MessageMeta Message(string id, string folderId = Inbox, FolderKind kind = FolderKind.Inbox, int day = 1) => new(
        id, "conv-" + id, new Party("ben.okafor@contoso.example", "Ben Okafor"),
        [new Party("ava.patel@contoso.example", "Ava Patel")], [new Party(null, "No Address"), new Party("", null)],
        [new Party("/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=3f2a9c-ava", "Ava")],
        new DateTimeOffset(2025, 6, day, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 6, day, 9, 0, 3, TimeSpan.Zero),
        kind, InferenceClass.Focused, false);

    private MailboxMetadataStore Store => Get<MailboxMetadataStore>();

    [Fact]
    public async Task ApplyMessagePage_ThenLoad_RoundTripsEveryField()
    {
        var original = Message("m1") with { From = new Party("zoë.müller@fabrikam.example", "Zoë \"Z\" Müller, 日本") };
        await Store.ApplyMessagePageAsync(Ava, Inbox, [original], [], null, "delta-1", CancellationToken.None);

        var (messages, _) = await Store.LoadAsync(Ava, CancellationToken.None);

        var loaded = Assert.Single(messages);
        Assert.Equal(original.Id, loaded.Id);
        Assert.Equal(original.ConversationId, loaded.ConversationId);
        Assert.Equal(original.From, loaded.From);
        Assert.Equal(original.To, loaded.To);
        Assert.Equal(original.Cc, loaded.Cc);
        Assert.Equal(original.Bcc, loaded.Bcc);
        Assert.Equal(original.SentAt, loaded.SentAt);
        Assert.Equal(original.ReceivedAt, loaded.ReceivedAt);
        Assert.Equal(original.Folder, loaded.Folder);
        Assert.Equal(original.Classification, loaded.Classification);
    }

    [Fact]
    public async Task ApplyMessagePage_EmptyAndNullStrings_KeptApart()
    {
        var original = Message("m1") with { ConversationId = null, From = new Party("", "") };
        await Store.ApplyMessagePageAsync(Ava, Inbox, [original], [], null, "delta-1", CancellationToken.None);

        var (messages, _) = await Store.LoadAsync(Ava, CancellationToken.None);

        var loaded = Assert.Single(messages);
        Assert.Null(loaded.ConversationId);
        Assert.Equal(new Party("", ""), loaded.From);
    }

    [Fact]
    public async Task ApplyMessagePage_ReplayedPage_NoDuplicates()
    {
        MessageMeta[] page = [Message("m1"), Message("m2")];
        await Store.ApplyMessagePageAsync(Ava, Inbox, page, [], "next-2", null, CancellationToken.None);
        await Store.ApplyMessagePageAsync(Ava, Inbox, page, [], "next-2", null, CancellationToken.None);

        Assert.Equal((2, 0), await Store.CountAsync(Ava, CancellationToken.None));
    }

    [Fact]
    public async Task ApplyMessagePage_MidRound_CursorHoldsNextLinkNotDeltaLink()
    {
        await Store.ApplyMessagePageAsync(Ava, Inbox, [Message("m1")], [], "https://graph/next-2", null, CancellationToken.None);

        var cursor = Assert.Single(await Store.GetCursorsAsync(Ava, CancellationToken.None));
        Assert.Equal("https://graph/next-2", cursor.NextLink);
        Assert.Null(cursor.DeltaLink);

        await Store.ApplyMessagePageAsync(Ava, Inbox, [Message("m2")], [], null, "https://graph/delta-1", CancellationToken.None);
        cursor = Assert.Single(await Store.GetCursorsAsync(Ava, CancellationToken.None));
        Assert.Null(cursor.NextLink);
        Assert.Equal("https://graph/delta-1", cursor.DeltaLink);
        Assert.NotNull(cursor.RoundCompletedAt);
    }

    [Fact]
    public async Task ApplyMessagePage_RemovedFromOtherFolderAfterMove_KeepsMessage()
    {
        // The message moved from the inbox to the archive; the archive's round is applied first.
        await Store.ApplyMessagePageAsync(Ava, Inbox, [Message("m1")], [], null, "d1", CancellationToken.None);
        await Store.ApplyMessagePageAsync(Ava, Archive, [Message("m1", Archive, FolderKind.Archive)], [], null, "d2", CancellationToken.None);
        await Store.ApplyMessagePageAsync(Ava, Inbox, [], ["m1"], null, "d3", CancellationToken.None);

        var (messages, _) = await Store.LoadAsync(Ava, CancellationToken.None);
        Assert.Equal(FolderKind.Archive, Assert.Single(messages).Folder);
    }

    [Fact]
    public async Task ApplyMessagePage_Removed_DeletesMessage()
    {
        await Store.ApplyMessagePageAsync(Ava, Inbox, [Message("m1"), Message("m2")], [], null, "d1", CancellationToken.None);
        await Store.ApplyMessagePageAsync(Ava, Inbox, [], ["m1", "never-seen"], null, "d2", CancellationToken.None);

        var (messages, _) = await Store.LoadAsync(Ava, CancellationToken.None);
        Assert.Equal("m2", Assert.Single(messages).Id);
    }

    [Fact]
    public async Task RestartStream_NewRoundCompletes_RemovesOnlyRowsNotSeenAgain()
    {
        await Store.ApplyMessagePageAsync(Ava, Inbox, [Message("m1"), Message("m2"), Message("m3")], [], null, "d1", CancellationToken.None);
        await Store.ApplyMessagePageAsync(Ava, Archive, [Message("a1", Archive, FolderKind.Archive)], [], null, "d1", CancellationToken.None);

        await Store.RestartStreamAsync(Ava, SyncStreams.Mail(Inbox), null, null, CancellationToken.None);
        await Store.ApplyMessagePageAsync(Ava, Inbox, [Message("m1")], [], "n2", null, CancellationToken.None);
        Assert.Equal((4, 0), await Store.CountAsync(Ava, CancellationToken.None)); // nothing lost mid-round
        await Store.ApplyMessagePageAsync(Ava, Inbox, [Message("m3")], [], null, "d2", CancellationToken.None);

        var (messages, _) = await Store.LoadAsync(Ava, CancellationToken.None);
        Assert.Equal(["a1", "m1", "m3"], messages.Select(m => m.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SkeletonOccurrences_Gf01_LoadFilledFromTheirKeptMaster_MissingMasterWaits()
    {
        var olga = new Party("olga@partner.example", "Olga");
        var master = MeetingOf("m1") with
        {
            Organizer = olga, IsOrganizer = false, MyResponse = ResponseKind.Accepted,
            Attendees = [new Attendee(olga, AttendeeKind.Required, ResponseKind.Accepted)],
        };
        await Store.ApplyMeetingPageAsync(Ava,
            [new(CalendarItemKind.SeriesMaster, master, null), Occurrence("o1", "m1", 1), Occurrence("o2", "m1", 8), Occurrence("o3", "m-missing", 2)],
            [], "cal-n1", null, CancellationToken.None);
        await Store.ApplyMeetingPageAsync(Ava, [Occurrence("o4", "m1", 15)], [], null, "cal-d1", CancellationToken.None);

        var (_, meetings) = await Store.LoadAsync(Ava, CancellationToken.None);
        var missing = await Store.GetMissingSeriesMastersAsync(Ava, CancellationToken.None);

        Assert.Equal(["o1", "o2", "o4"], meetings.Select(m => m.Id).Order(StringComparer.Ordinal));
        Assert.All(meetings, m => Assert.Equal(olga, m.Organizer));
        Assert.All(meetings, m => Assert.Equal(ResponseKind.Accepted, m.MyResponse));
        Assert.Equal(new DateTimeOffset(2025, 6, 15, 10, 0, 0, TimeSpan.Zero), meetings.Single(m => m.Id == "o4").Start);
        Assert.Equal(["m-missing"], missing);
    }

    [Fact]
    public async Task RemovedMaster_Gf02_TakesItsSeriesWithIt_GoneSeriesAndCancelledOccurrencesToo()
    {
        await Store.ApplyMeetingPageAsync(Ava,
            [new(CalendarItemKind.SeriesMaster, MeetingOf("m1"), null), Occurrence("o1", "m1", 1), Occurrence("o2", "m1", 8),
             new(CalendarItemKind.SeriesMaster, MeetingOf("m2"), null), Occurrence("p1", "m2", 2), Occurrence("p2", "m2", 9),
             Occurrence("q1", "m3", 3), Meeting("single")],
            [], null, "cal-d1", CancellationToken.None);
        await Store.ApplySeriesMastersAsync(Ava, [MeetingOf("m3")], [], CancellationToken.None);

        await Store.ApplyMeetingPageAsync(Ava, [], ["m1"], null, "cal-d2", CancellationToken.None);
        await Store.ApplySeriesInstancesAsync(Ava, "m2", ["p2"], new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero), CancellationToken.None);
        await Store.ApplySeriesInstancesAsync(Ava, "m3", null, default, default, CancellationToken.None);

        var (_, meetings) = await Store.LoadAsync(Ava, CancellationToken.None);
        Assert.Equal(["p2", "single"], meetings.Select(m => m.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["m2"], await Store.GetActiveSeriesAsync(Ava, new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero), CancellationToken.None));
    }

    private static CalendarItem Occurrence(string id, string masterId, int day) =>
        new(CalendarItemKind.Occurrence, new MeetingMeta(id, new DateTimeOffset(2025, 6, day, 10, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2025, 6, day, 10, 30, 0, TimeSpan.Zero), false, null, [], false, false, ResponseKind.None), masterId);

    [Fact]
    public async Task RestartCalendar_NewRoundCompletes_RemovesOnlyMeetingsNotSeenAgain()
    {
        await Store.ApplyMeetingPageAsync(Ava, [Meeting("e1"), Meeting("e2")], [], null, "cal-d1", CancellationToken.None);

        await Store.RestartStreamAsync(Ava, SyncStreams.Calendar, null, null, CancellationToken.None);
        await Store.ApplyMeetingPageAsync(Ava, [Meeting("e2")], [], "cal-n2", null, CancellationToken.None);
        Assert.Equal((0, 2), await Store.CountAsync(Ava, CancellationToken.None)); // nothing lost mid-round
        await Store.ApplyMeetingPageAsync(Ava, [Meeting("e3")], [], null, "cal-d2", CancellationToken.None);

        var (_, meetings) = await Store.LoadAsync(Ava, CancellationToken.None);
        Assert.Equal(["e2", "e3"], meetings.Select(m => m.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ApplyMessagePage_RoundsAfterARestartCompletes_KeepRowsMovedInFromAnotherFolder()
    {
        await Store.ApplyMessagePageAsync(Ava, Inbox, [Message("m1")], [], null, "d1", CancellationToken.None);
        await Store.RestartStreamAsync(Ava, SyncStreams.Mail(Inbox), null, null, CancellationToken.None);
        await Store.ApplyMessagePageAsync(Ava, Inbox, [Message("m1")], [], null, "d2", CancellationToken.None);
        await Store.ApplyMessagePageAsync(Ava, Archive, [Message("a1", Archive, FolderKind.Archive)], [], null, "d1", CancellationToken.None);

        // a1 moves into the inbox (written with the inbox's generation), then the inbox completes another round.
        await Store.ApplyMessagePageAsync(Ava, Inbox, [Message("a1")], [], null, "d3", CancellationToken.None);
        await Store.ApplyMessagePageAsync(Ava, Archive, [], ["a1"], null, "d2", CancellationToken.None);
        await Store.ApplyMessagePageAsync(Ava, Inbox, [], [], null, "d4", CancellationToken.None);

        var (messages, _) = await Store.LoadAsync(Ava, CancellationToken.None);
        Assert.Equal(["a1", "m1"], messages.Select(m => m.Id).Order(StringComparer.Ordinal));
        Assert.All(messages, m => Assert.Equal(FolderKind.Inbox, m.Folder));
    }

    [Fact]
    public async Task ApplyMessagePage_SameIdInTwoMailboxes_KeptApart()
    {
        await Store.ApplyMessagePageAsync(Ava, Inbox, [Message("m1", day: 1)], [], null, "d1", CancellationToken.None);
        await Store.ApplyMessagePageAsync(Ben, Inbox, [Message("m1", day: 2)], [], null, "d1", CancellationToken.None);
        await Store.ApplyMessagePageAsync(Ben, Inbox, [], ["m1"], null, "d2", CancellationToken.None);

        var (messages, _) = await Store.LoadAsync(Ava, CancellationToken.None);
        Assert.Equal(new DateTimeOffset(2025, 6, 1, 9, 0, 0, TimeSpan.Zero), Assert.Single(messages).SentAt);
        Assert.Equal((0, 0), await Store.CountAsync(Ben, CancellationToken.None));
    }

    [Fact]
    public async Task Migrations_MetadataTables_HaveOnlyTheirKeyIndex()
    {
        await using var db = NewContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = db.Database.IsSqlite()
            ? "SELECT name, sql FROM sqlite_master WHERE tbl_name IN ('mail_messages', 'meetings') AND type <> 'trigger' ORDER BY name"
            : "SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('mail_messages', 'meetings') ORDER BY indexname";
        var objects = new List<(string Name, string? Sql)>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                objects.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
            }
        }

        if (db.Database.IsSqlite())
        {
            // Each table and the index of its primary key, nothing else.
            Assert.Equal(["mail_messages", "meetings", "sqlite_autoindex_mail_messages_1", "sqlite_autoindex_meetings_1"],
                objects.Select(o => o.Name));
        }
        else
        {
            Assert.Equal(["pk_mail_messages", "pk_meetings"], objects.Select(o => o.Name));
        }
    }

    private static CalendarItem Meeting(string id) => new(CalendarItemKind.Meeting, MeetingOf(id), null);

    private static MeetingMeta MeetingOf(string id) => new(id, new DateTimeOffset(2025, 6, 28, 15, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2025, 6, 28, 15, 30, 0, TimeSpan.Zero), false, null, [], false, true, ResponseKind.Organizer);

    [Fact]
    public async Task ApplyMeetingPage_ThenLoad_RoundTripsAttendees()
    {
        var meeting = new MeetingMeta("e1", new DateTimeOffset(2025, 6, 28, 15, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2025, 6, 28, 15, 30, 0, TimeSpan.Zero), false, null,
            [new Attendee(new Party("dana.kim@contoso.example", "Dana Kim"), AttendeeKind.Required, ResponseKind.Accepted),
             new Attendee(new Party("room-4.1@contoso.example", "Room 4.1"), AttendeeKind.Resource, ResponseKind.Accepted),
             new Attendee(new Party(null, null), AttendeeKind.Optional, ResponseKind.None)],
            false, true, ResponseKind.Organizer);
        await Store.ApplyMeetingPageAsync(Ava, [new CalendarItem(CalendarItemKind.Meeting, meeting, null)], [], null, "cal-d1", CancellationToken.None);

        var (_, meetings) = await Store.LoadAsync(Ava, CancellationToken.None);

        var loaded = Assert.Single(meetings);
        Assert.Equal(meeting.Start, loaded.Start);
        Assert.Equal(meeting.End, loaded.End);
        Assert.Null(loaded.Organizer);
        Assert.Equal(meeting.Attendees, loaded.Attendees);
        Assert.Equal(ResponseKind.Organizer, loaded.MyResponse);
        Assert.True(loaded.IsOrganizer);
    }

    [Fact]
    public async Task LoadAsync_OtherMailboxes_NeverReturned()
    {
        await AddMailboxAsync(OtherTenantUser);
        await Store.ApplyMessagePageAsync(Ava, Inbox, [Message("m1")], [], null, "d1", CancellationToken.None);
        await Store.ApplyMessagePageAsync(Ben, Inbox, [Message("b1")], [], null, "d1", CancellationToken.None);
        await Store.ApplyMessagePageAsync(OtherTenantUser, Inbox, [Message("x1")], [], null, "d1", CancellationToken.None);

        var (messages, _) = await Store.LoadAsync(Ava, CancellationToken.None);
        Assert.Equal("m1", Assert.Single(messages).Id);
    }

    [Fact]
    public async Task DropMailStream_RemovesFolderRowsAndCursor()
    {
        await Store.ApplyMessagePageAsync(Ava, Inbox, [Message("m1")], [], null, "d1", CancellationToken.None);
        await Store.ApplyMessagePageAsync(Ava, Archive, [Message("a1", Archive, FolderKind.Archive)], [], null, "d1", CancellationToken.None);

        await Store.DropMailStreamAsync(Ava, Archive, CancellationToken.None);

        Assert.Equal((1, 0), await Store.CountAsync(Ava, CancellationToken.None));
        Assert.Equal([SyncStreams.Mail(Inbox)], (await Store.GetCursorsAsync(Ava, CancellationToken.None)).Select(c => c.StreamKey));
    }

    [Fact]
    public async Task ApplyMessagePage_LinkMissing_ThrowsAndStoresNothing()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Store.ApplyMessagePageAsync(Ava, Inbox, [Message("m1")], [], null, null, CancellationToken.None));

        Assert.Equal((0, 0), await Store.CountAsync(Ava, CancellationToken.None));
        await using var db = NewContext();
        Assert.False(await db.SyncCursors.AnyAsync());
    }
}

public sealed class MailboxMetadataStoreSqliteTests() : MailboxMetadataStoreTests(StorageProvider.Sqlite);

public sealed class MailboxMetadataStorePostgresTests() : MailboxMetadataStoreTests(StorageProvider.PostgreSql);
