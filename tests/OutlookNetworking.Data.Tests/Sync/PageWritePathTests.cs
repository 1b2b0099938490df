using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Data.Tests.Sync;

/// <summary>
/// The page write path in plain SQL (multi-row upsert on SQLite, the cursor read and advanced without EF Core): pages of
/// every size mean what they meant row by row, and what the plain SQL writes is what EF Core reads, and the other way round.
/// </summary>
public abstract class PageWritePathTests(StorageProvider provider) : StoreTestBase(provider)
{
    private const string Inbox = "AAMkInbox==";

    private MailboxMetadataStore Store => Get<MailboxMetadataStore>();

    /// <summary>A message whose every value depends on <paramref name="n"/>, so a value bound to the wrong row shows.</summary>
    private static MessageMeta Numbered(int n, string? id = null) => new(
        id ?? $"m{n:D5}", $"conv-{n % 7}", new Party($"sender{n}@contoso.example", $"Sender {n}"),
        [new Party($"to{n}@contoso.example", $"To {n}")], n % 3 == 0 ? [new Party(null, $"Cc {n}")] : [], [],
        new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(n),
        new DateTimeOffset(2025, 1, 1, 0, 0, 5, TimeSpan.Zero).AddMinutes(n),
        n % 2 == 0 ? FolderKind.Inbox : FolderKind.Archive, n % 2 == 0 ? InferenceClass.Focused : InferenceClass.Other, n % 5 == 0);

    private static void AssertSameMessage(MessageMeta expected, MessageMeta actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.ConversationId, actual.ConversationId);
        Assert.Equal(expected.From, actual.From);
        Assert.Equal(expected.To, actual.To);
        Assert.Equal(expected.Cc, actual.Cc);
        Assert.Equal(expected.Bcc, actual.Bcc);
        Assert.Equal(expected.SentAt, actual.SentAt);
        Assert.Equal(expected.ReceivedAt, actual.ReceivedAt);
        Assert.Equal(expected.Folder, actual.Folder);
        Assert.Equal(expected.Classification, actual.Classification);
        Assert.Equal(expected.IsDraft, actual.IsDraft);
    }

    private async Task AssertStoredAsync(IReadOnlyList<MessageMeta> expected)
    {
        var (messages, _) = await Store.LoadAsync(Ava, CancellationToken.None);
        var byId = messages.ToDictionary(m => m.Id, StringComparer.Ordinal);
        Assert.Equal(expected.Count, messages.Count);
        foreach (var message in expected)
        {
            AssertSameMessage(message, byId[message.Id]);
        }
    }

    [Theory]
    [InlineData(101)] // one full statement and a rest of one
    [InlineData(250)] // two full statements and a rest
    [InlineData(3_500)] // past 3,277 rows: the 32,766-parameter limit of one statement holding the whole page
    public async Task ApplyMessagePage_LargePage_EveryRowStoredWithItsOwnValues(int rows)
    {
        var page = Enumerable.Range(0, rows).Select(n => Numbered(n)).ToList();

        await Store.ApplyMessagePageAsync(Ava, Inbox, page, [], null, "d1", CancellationToken.None);

        await AssertStoredAsync(page);
    }

    [Fact]
    public async Task ApplyMessagePage_DuplicateIdInOneStatement_LastOneWins()
    {
        MessageMeta[] page = [Numbered(1, "dup"), Numbered(2), Numbered(3, "dup"), Numbered(4)];

        await Store.ApplyMessagePageAsync(Ava, Inbox, page, [], null, "d1", CancellationToken.None);

        await AssertStoredAsync([page[1], page[2], page[3]]);
    }

    [Fact]
    public async Task ApplyMessagePage_DuplicateIdsWithinAndAcrossFullStatements_LastOneWins()
    {
        // 230 rows: "a" twice inside the first 100, "b" in the first and in the second 100, "c" in the second 100 and the rest.
        var page = Enumerable.Range(0, 230).Select(n => Numbered(n)).ToList();
        page[5] = Numbered(1_005, "a");
        page[70] = Numbered(1_070, "a");
        page[40] = Numbered(1_040, "b");
        page[150] = Numbered(1_150, "b");
        page[180] = Numbered(1_180, "c");
        page[220] = Numbered(1_220, "c");

        await Store.ApplyMessagePageAsync(Ava, Inbox, page, [], null, "d1", CancellationToken.None);

        int[] superseded = [5, 40, 180];
        await AssertStoredAsync(page.Where((_, i) => !superseded.Contains(i)).ToList());
    }

    [Fact]
    public async Task ApplyMessagePage_EmptyPages_StoreNothingButMoveTheCursor()
    {
        await Store.ApplyMessagePageAsync(Ava, Inbox, [], [], "next-1", null, CancellationToken.None);
        var cursor = Assert.Single(await Store.GetCursorsAsync(Ava, CancellationToken.None));
        Assert.Equal(("next-1", (string?)null), (cursor.NextLink, cursor.DeltaLink));

        await Store.ApplyMessagePageAsync(Ava, Inbox, [], [], null, "delta-1", CancellationToken.None);

        cursor = Assert.Single(await Store.GetCursorsAsync(Ava, CancellationToken.None));
        Assert.Equal(((string?)null, "delta-1"), (cursor.NextLink, cursor.DeltaLink));
        Assert.Equal(Time.GetUtcNow(), cursor.RoundCompletedAt);
        Assert.Equal((0, 0), await Store.CountAsync(Ava, CancellationToken.None));
    }

    [Fact]
    public async Task ApplyMessagePage_RecipientsTheCodecEscapes_RoundTripInAMultiRowPage()
    {
        string[] awkward = ["\"at start", "at end\\", "mid\"dle\\and\ttab", "\u0001\u001f control", "new\r\nline", "plain 日本 😀", ""];
        var page = awkward.Select((text, n) => Numbered(n) with
        {
            From = new Party(text, text),
            To = [new Party(text + "@x.example", text)],
            Cc = [new Party(null, "\"" + text + "\"")],
            Bcc = [new Party("\\" + text, null)],
        }).Concat(Enumerable.Range(100, 120).Select(n => Numbered(n))).ToList();

        await Store.ApplyMessagePageAsync(Ava, Inbox, page, [], null, "d1", CancellationToken.None);

        await AssertStoredAsync(page);
    }

    [Fact]
    public async Task PlainSqlRows_ReadThroughEfCore_WithTheCursorsStreamAndGeneration()
    {
        await Store.RestartStreamAsync(Ava, SyncStreams.Mail(Inbox), null, null, CancellationToken.None); // generation 1
        var message = Numbered(10) with { IsDraft = true, Classification = InferenceClass.Other, Folder = FolderKind.SentItems };

        await Store.ApplyMessagePageAsync(Ava, Inbox, [message], [], null, "d1", CancellationToken.None);

        await using var db = NewContext();
        var cursor = await db.SyncCursors.AsNoTracking()
            .SingleAsync(c => c.TenantId == Ava.TenantId && c.UserId == Ava.UserId && c.StreamKey == SyncStreams.Mail(Inbox));
        var number = await MailboxNumbers.FindAsync(db, Ava, CancellationToken.None);
        var row = await db.MailMessages.AsNoTracking().SingleAsync(m => m.MailboxNumber == number && m.Id == message.Id);
        Assert.Equal(cursor.MailboxNumber, row.MailboxNumber);
        Assert.Equal(cursor.StreamNumber, row.Stream);
        Assert.Equal(1, row.SyncGeneration);
        Assert.Equal((int)FolderKind.SentItems, row.FolderKind);
        Assert.Equal((int)InferenceClass.Other, row.Classification);
        Assert.True(row.IsDraft);
        Assert.Equal(message.SentAt!.Value.ToUnixTimeMilliseconds(), row.SentAtMs);
        Assert.Equal(message.From!.Address, row.FromAddress);
    }

    [Fact]
    public async Task EfCoreRow_OverwrittenByPlainSqlUpsert_NotDuplicated()
    {
        await Store.ApplyMessagePageAsync(Ava, Inbox, [Numbered(1)], [], null, "d1", CancellationToken.None);
        await using (var db = NewContext())
        {
            var first = await db.MailMessages.SingleAsync();
            db.MailMessages.Add(new MailMessageEntity
            {
                MailboxNumber = first.MailboxNumber, Id = "from-ef", Stream = first.Stream, FolderKind = (int)FolderKind.Inbox,
                Recipients = "[]", SentAtMs = 1, Classification = (int)InferenceClass.Focused,
            });
            await db.SaveChangesAsync();
        }

        var replacement = Numbered(7, "from-ef");
        await Store.ApplyMessagePageAsync(Ava, Inbox, [replacement], [], null, "d2", CancellationToken.None);

        await AssertStoredAsync([Numbered(1), replacement]);
    }

    [Fact]
    public async Task CursorCreatedByEfCore_AdvancedByPlainSql_ReadBackAndQueriedThroughEfCore()
    {
        await Store.EnsureMailStreamAsync(Ava, Inbox, FolderKind.Inbox, CancellationToken.None);
        await Store.RestartStreamAsync(Ava, SyncStreams.Mail(Inbox), null, null, CancellationToken.None); // sweep pending
        Time.Advance(TimeSpan.FromMinutes(3));
        var midRound = Time.GetUtcNow();
        await Store.ApplyMessagePageAsync(Ava, Inbox, [Numbered(1)], [], "next-2", null, CancellationToken.None);

        await using (var db = NewContext())
        {
            // The instant compared in the database: the plain SQL stored it as EF Core encodes it.
            var cursor = await db.SyncCursors.AsNoTracking()
                .SingleAsync(c => c.TenantId == Ava.TenantId && c.UserId == Ava.UserId && c.UpdatedAt == midRound);
            Assert.Equal(("next-2", (string?)null, true), (cursor.NextLink, cursor.DeltaLink, cursor.SweepPending));
            Assert.Null(cursor.RoundCompletedAt);
            Assert.Equal((int)FolderKind.Inbox, cursor.FolderKind);
        }

        Time.Advance(TimeSpan.FromMinutes(2));
        var completed = Time.GetUtcNow();
        await Store.ApplyMessagePageAsync(Ava, Inbox, [Numbered(2)], [], null, "delta-2", CancellationToken.None);

        await using (var db = NewContext())
        {
            var cursor = await db.SyncCursors.AsNoTracking()
                .SingleAsync(c => c.TenantId == Ava.TenantId && c.RoundCompletedAt > midRound);
            Assert.Equal(((string?)null, "delta-2", false), (cursor.NextLink, cursor.DeltaLink, cursor.SweepPending));
            Assert.Equal(completed, cursor.UpdatedAt);
            Assert.Equal(completed, cursor.RoundCompletedAt);
        }

        // And EF Core's own write after the plain SQL one is found by the next plain SQL read: the stream goes on.
        await Store.RestartStreamAsync(Ava, SyncStreams.Mail(Inbox), null, null, CancellationToken.None);
        await Store.ApplyMessagePageAsync(Ava, Inbox, [Numbered(2)], [], null, "delta-3", CancellationToken.None);
        var (messages, _) = await Store.LoadAsync(Ava, CancellationToken.None);
        Assert.Equal(["m00002"], messages.Select(m => m.Id));
    }

    [Fact]
    public async Task ApplyMessagePage_MailboxRowGone_ThrowsAndStoresNothing()
    {
        var stranger = new MailboxKey(Ava.TenantId, Guid.Parse("0f6a1b2c-0000-4000-8000-0000000000ff"));

        await Assert.ThrowsAsync<MailboxGoneException>(() =>
            Store.ApplyMessagePageAsync(stranger, Inbox, [Numbered(1)], [], null, "d1", CancellationToken.None));

        await using var db = NewContext();
        Assert.False(await db.MailMessages.AnyAsync());
        Assert.False(await db.SyncCursors.AnyAsync());
    }
}

public sealed class PageWritePathSqliteTests() : PageWritePathTests(StorageProvider.Sqlite);

public sealed class PageWritePathPostgresTests() : PageWritePathTests(StorageProvider.PostgreSql);
