using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Data.Feedback;
using OutlookNetworking.Data.Privacy;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Data.Tenants;

namespace OutlookNetworking.Data.Tests.Privacy;

/// <summary>
/// Offboarding and erasure against a sync that is between two pages (security review finding 5): the page written after
/// the deletion is refused (<see cref="MailboxGoneException"/>) and no row of the tenant or user is left; a write that
/// was waiting for the deletion's transaction is refused once it commits; orphans are found and deleted.
/// </summary>
public abstract class DeletionRaceTests(StorageProvider provider) : StoreTestBase(provider)
{
    private readonly bool _postgres = provider == StorageProvider.PostgreSql;

    private MailboxMetadataStore Metadata => Get<MailboxMetadataStore>();

    private static MessageMeta Message(string id) =>
        new(id, "c-" + id, new Party("x@fabrikam.example"), [], [], [], new DateTimeOffset(2025, 6, 1, 9, 0, 0, TimeSpan.Zero), null,
            FolderKind.Inbox, InferenceClass.Focused, false);

    private static CalendarItem Meeting(string id) => new(CalendarItemKind.Meeting,
        new MeetingMeta(id, new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 6, 2, 10, 0, 0, TimeSpan.Zero),
            false, new Party("x@fabrikam.example"), [], false, false, ResponseKind.None), null);

    [Fact]
    public async Task Offboard_WhileTheNextPageIsPending_PageRefusedAndNoRowOfTheTenant()
    {
        await Get<TenantStore>().RecordConsentAsync(Ava.TenantId, "Contoso", ["contoso.example"], null, Time.GetUtcNow(), CancellationToken.None);
        await Metadata.ApplyMessagePageAsync(Ava, "inbox", [Message("m1")], [], "next-2", null, CancellationToken.None);
        await Metadata.ApplyMeetingPageAsync(Ben, [Meeting("e1")], [], "next-2", null, CancellationToken.None);

        await Get<TenantStore>().DeleteAsync(Ava.TenantId, CancellationToken.None);

        await Assert.ThrowsAsync<MailboxGoneException>(() =>
            Metadata.ApplyMessagePageAsync(Ava, "inbox", [Message("m2")], [], null, "delta", CancellationToken.None));
        await Assert.ThrowsAsync<MailboxGoneException>(() =>
            Metadata.ApplyMeetingPageAsync(Ben, [Meeting("e2")], [], null, "delta", CancellationToken.None));
        await Assert.ThrowsAsync<MailboxGoneException>(() =>
            Metadata.EnsureMailStreamAsync(Ava, "archive", FolderKind.Archive, CancellationToken.None));
        await Assert.ThrowsAsync<MailboxGoneException>(() =>
            Metadata.RestartStreamAsync(Ben, SyncStreams.Calendar, null, null, CancellationToken.None));
        Assert.Equal(0, await RowsOfAsync(Ava.TenantId, null));
    }

    [Fact]
    public async Task Erase_WhileTheNextPageIsPending_PageRefusedAndNoRowOfTheUserOthersKept()
    {
        await Metadata.ApplyMessagePageAsync(Ava, "inbox", [Message("m1")], [], "next-2", null, CancellationToken.None);
        await Metadata.ApplyMessagePageAsync(Ben, "inbox", [Message("b1")], [], "next-2", null, CancellationToken.None);

        await Get<UserDataStore>().EraseAndOptOutAsync(Ava, CancellationToken.None);

        await Assert.ThrowsAsync<MailboxGoneException>(() =>
            Metadata.ApplyMessagePageAsync(Ava, "inbox", [Message("m2")], [], null, "delta", CancellationToken.None));
        await Assert.ThrowsAsync<MailboxGoneException>(() =>
            Metadata.ApplySeriesMastersAsync(Ava, [Meeting("s1").Meeting], [], CancellationToken.None));
        await Metadata.ApplyMessagePageAsync(Ben, "inbox", [Message("b2")], [], null, "delta", CancellationToken.None);
        Assert.Equal(0, await RowsOfAsync(Ava.TenantId, Ava.UserId));
        Assert.Equal((2, 0), await Metadata.CountAsync(Ben, CancellationToken.None));
    }

    /// <summary>The deletion's transaction is open (mailbox rows locked and deleted, not committed) when the page write
    /// starts: the write waits for it, then finds the mailbox gone. Without the row check the write would re-create the
    /// mailbox's number, cursor and rows after the deletion.</summary>
    [Fact]
    public async Task PageWrite_StartedWhileTheDeletionIsUncommitted_WaitsThenRefused()
    {
        await Metadata.ApplyMessagePageAsync(Ava, "inbox", [Message("m1")], [], "next-2", null, CancellationToken.None);
        await using var db = NewContext();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            if (_postgres)
            {
                await db.Database.ExecuteSqlRawAsync("SELECT 1 FROM mailboxes WHERE tenant_id = {0} FOR UPDATE", Ava.TenantId);
            }

            await db.SyncCursors.Where(c => c.TenantId == Ava.TenantId).ExecuteDeleteAsync();
            await db.MailMessages.ExecuteDeleteAsync();
            await db.MailboxNumbers.Where(n => n.TenantId == Ava.TenantId).ExecuteDeleteAsync();
            await db.Mailboxes.Where(m => m.TenantId == Ava.TenantId).ExecuteDeleteAsync();

            var write = Task.Run(() => Metadata.ApplyMessagePageAsync(Ava, "inbox", [Message("m2")], [], null, "delta", CancellationToken.None));
            await Task.WhenAny(write, Task.Delay(500));
            await transaction.CommitAsync();
            await Assert.ThrowsAsync<MailboxGoneException>(() => write);
        }

        Assert.Equal(0, await RowsOfAsync(Ava.TenantId, null));
    }

    [Fact]
    public async Task OrphanPurge_RowsOfAGoneTenantAndAGoneUser_DeletedOthersKept()
    {
        await Get<TenantStore>().RecordConsentAsync(Ava.TenantId, "Contoso", ["contoso.example"], null, Time.GetUtcNow(), CancellationToken.None);
        await Get<TenantStore>().RecordConsentAsync(OtherTenantUser.TenantId, "Fabrikam", ["fabrikam.example"], null, Time.GetUtcNow(), CancellationToken.None);
        await AddMailboxAsync(OtherTenantUser);
        foreach (var key in new[] { Ava, Ben, OtherTenantUser })
        {
            await Metadata.ApplyMessagePageAsync(key, "inbox", [Message("m-" + key.UserId)], [], null, "delta", CancellationToken.None);
            await Get<FeedbackStore>().SetMutedAsync(key, "x@fabrikam.example", true, CancellationToken.None);
        }

        // What a write that raced a deletion leaves: Ben's mailbox row gone with his other rows still there; the other
        // tenant's row gone with its mailboxes and opt-outs still there.
        await using (var db = NewContext())
        {
            await db.Mailboxes.Where(m => m.TenantId == Ben.TenantId && m.UserId == Ben.UserId).ExecuteDeleteAsync();
            await db.Tenants.Where(t => t.TenantId == OtherTenantUser.TenantId).ExecuteDeleteAsync();
            db.OptOuts.Add(new OptOutEntity { TenantId = OtherTenantUser.TenantId, UserHash = "h1:x", At = Time.GetUtcNow() });
            db.OptOuts.Add(new OptOutEntity { TenantId = Ava.TenantId, UserHash = "h1:y", At = Time.GetUtcNow() });
            await db.SaveChangesAsync();
        }

        var deleted = await Get<OrphanRows>().PurgeAsync(CancellationToken.None);

        Assert.Equal(0, await RowsOfAsync(Ben.TenantId, Ben.UserId));
        Assert.Equal(0, await RowsOfAsync(OtherTenantUser.TenantId, null));
        Assert.Equal((1, 0), await Metadata.CountAsync(Ava, CancellationToken.None));
        await using (var db = NewContext())
        {
            Assert.Equal(["h1:y"], await db.OptOuts.Select(o => o.UserHash).ToListAsync());
            Assert.Equal(1, await db.ContactPreferences.CountAsync());
        }

        // Ben: message, number, cursor, preference; the other tenant: mailbox, opt-out, message, number, cursor, preference.
        Assert.Equal(10, deleted);
        Assert.Equal(0, await Get<OrphanRows>().PurgeAsync(CancellationToken.None));
    }

    /// <summary>Rows of the tenant (of one user when given) in every table that holds tenant or user data, the audit log aside.</summary>
    private async Task<int> RowsOfAsync(Guid tenantId, Guid? userId)
    {
        await using var db = NewContext();
        var numbers = await db.MailboxNumbers.Where(n => n.TenantId == tenantId && (userId == null || n.UserId == userId))
            .Select(n => n.Number).ToListAsync();
        var metadata = await db.MailMessages.CountAsync(m => numbers.Contains(m.MailboxNumber))
                       + await db.Meetings.CountAsync(m => numbers.Contains(m.MailboxNumber))
                       + await db.SeriesMasters.CountAsync(m => numbers.Contains(m.MailboxNumber));
        var all = await db.MailMessages.CountAsync() + await db.Meetings.CountAsync() + await db.SeriesMasters.CountAsync();
        var numbered = await db.MailMessages.CountAsync(m => db.MailboxNumbers.Any(n => n.Number == m.MailboxNumber))
                       + await db.Meetings.CountAsync(m => db.MailboxNumbers.Any(n => n.Number == m.MailboxNumber))
                       + await db.SeriesMasters.CountAsync(m => db.MailboxNumbers.Any(n => n.Number == m.MailboxNumber));
        return metadata + (all - numbered) + numbers.Count
               + await db.Mailboxes.CountAsync(x => x.TenantId == tenantId && (userId == null || x.UserId == userId))
               + await db.SyncCursors.CountAsync(x => x.TenantId == tenantId && (userId == null || x.UserId == userId))
               + await db.ContactPreferences.CountAsync(x => x.TenantId == tenantId && (userId == null || x.UserId == userId))
               + await db.SuggestionFeedback.CountAsync(x => x.TenantId == tenantId && (userId == null || x.UserId == userId))
               + (userId is null ? await db.Tenants.CountAsync(x => x.TenantId == tenantId) + await db.OptOuts.CountAsync(x => x.TenantId == tenantId) : 0);
    }
}

public sealed class DeletionRaceSqliteTests() : DeletionRaceTests(StorageProvider.Sqlite);

public sealed class DeletionRacePostgresTests() : DeletionRaceTests(StorageProvider.PostgreSql);
