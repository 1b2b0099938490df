using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Core.Feedback;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Data.Digest;
using OutlookNetworking.Data.Feedback;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Privacy;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Data.Tests.Privacy;

public abstract class UserDataStoreTests(StorageProvider provider) : StoreTestBase(provider)
{
    private static DirectoryUser User(MailboxKey key, string mail) =>
        new(key.UserId, mail, mail, mail, [], "UTC", MailboxPurpose.User, false);

    private async Task SeedAsync(MailboxKey key, string mail)
    {
        await Get<MailboxStore>().UpsertDirectoryAsync(key.TenantId, [User(key, mail)], CancellationToken.None);
        var message = new MessageMeta("m-" + mail, "c1", new Party("x@fabrikam.example"), [new Party(mail)], [], [],
            Time.GetUtcNow().AddDays(-1), null, FolderKind.Inbox, InferenceClass.Focused, false);
        await Get<MailboxMetadataStore>().ApplyMessagePageAsync(key, "inbox", [message], [], null, "d", CancellationToken.None);
        await Get<FeedbackStore>().SetMutedAsync(key, "x@fabrikam.example", true, CancellationToken.None);
        await Get<FeedbackStore>().RecordAsync(key, "s_1", FeedbackAction.Done, null, CancellationToken.None);
        await Get<DigestLedger>().TryReserveAsync(key, new DateOnly(2025, 6, 30), CancellationToken.None);
    }

    [Fact]
    public async Task EraseAndOptOut_NoRowRefersToUser_OthersUntouched()
    {
        await SeedAsync(Ava, "ava.patel@contoso.example");
        await SeedAsync(Ben, "ben.okafor@contoso.example");

        await Get<UserDataStore>().EraseAndOptOutAsync(Ava, CancellationToken.None);

        // Every row of every table, serialised: neither Ava's id nor her address may appear anywhere.
        await using var db = NewContext();
        var everything = JsonSerializer.Serialize(new object[]
        {
            await db.Mailboxes.ToListAsync(), await db.MailboxNumbers.ToListAsync(), await db.MailMessages.ToListAsync(), await db.Meetings.ToListAsync(),
            await db.SyncCursors.ToListAsync(), await db.Relationships.ToListAsync(), await db.Suggestions.ToListAsync(),
            await db.MailboxAnalyses.ToListAsync(), await db.SuggestionFeedback.ToListAsync(),
            await db.ContactPreferences.ToListAsync(), await db.DigestDispatches.ToListAsync(),
            await db.AuditEntries.ToListAsync(), await db.OptOuts.ToListAsync(),
        });
        Assert.DoesNotContain(Ava.UserId.ToString(), everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("ava.patel", everything, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Ben.UserId.ToString(), everything, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, await db.OptOuts.CountAsync());
    }

    [Fact]
    public async Task EraseAndOptOut_DirectoryRefresh_DoesNotBringMailboxBack()
    {
        await SeedAsync(Ava, "ava.patel@contoso.example");
        await Get<UserDataStore>().EraseAndOptOutAsync(Ava, CancellationToken.None);

        await Get<MailboxStore>().UpsertDirectoryAsync(Ava.TenantId,
            [User(Ava, "ava.patel@contoso.example"), User(Ben, "ben.okafor@contoso.example")], CancellationToken.None);

        var syncable = await Get<MailboxStore>().ListSyncableAsync(Ava.TenantId, CancellationToken.None);
        Assert.Equal([Ben.UserId], syncable.Select(m => m.UserId));
    }

    [Fact]
    public async Task OptIn_DirectoryRefresh_BringsMailboxBack()
    {
        await SeedAsync(Ava, "ava.patel@contoso.example");
        await Get<UserDataStore>().EraseAndOptOutAsync(Ava, CancellationToken.None);
        await Get<UserDataStore>().OptInAsync(Ava, CancellationToken.None);

        await Get<MailboxStore>().UpsertDirectoryAsync(Ava.TenantId, [User(Ava, "ava.patel@contoso.example")], CancellationToken.None);

        Assert.False(await Get<UserDataStore>().IsOptedOutAsync(Ava, CancellationToken.None));
        Assert.Single(await Get<MailboxStore>().ListSyncableAsync(Ava.TenantId, CancellationToken.None));
    }

    [Fact]
    public async Task EraseAndOptOut_ThenSyncedAgain_OldRowsNeverComeBack()
    {
        await SeedAsync(Ava, "ava.patel@contoso.example");
        await Get<UserDataStore>().EraseAndOptOutAsync(Ava, CancellationToken.None);
        await Get<UserDataStore>().OptInAsync(Ava, CancellationToken.None);
        await Get<MailboxStore>().UpsertDirectoryAsync(Ava.TenantId, [User(Ava, "ava.patel@contoso.example")], CancellationToken.None); // the next night

        var fresh = new MessageMeta("m-new", null, null, [], [], [], Time.GetUtcNow(), null, FolderKind.Inbox, InferenceClass.Focused, false);
        await Get<MailboxMetadataStore>().ApplyMessagePageAsync(Ava, "inbox", [fresh], [], null, "d", CancellationToken.None);

        var (messages, _) = await Get<MailboxMetadataStore>().LoadAsync(Ava, CancellationToken.None);
        Assert.Equal("m-new", Assert.Single(messages).Id);
        await using var db = NewContext();
        Assert.Equal(1, await db.MailboxNumbers.CountAsync(n => n.UserId == Ava.UserId));
    }

    [Fact]
    public async Task Export_ContainsOnlyTheUsersRows()
    {
        await SeedAsync(Ava, "ava.patel@contoso.example");
        await SeedAsync(Ben, "ben.okafor@contoso.example");

        var export = await Get<UserDataStore>().ExportAsync(Ava, CancellationToken.None);

        Assert.Equal("ava.patel@contoso.example", export.Mailbox!.Mail);
        Assert.Equal("m-ava.patel@contoso.example", Assert.Single(export.Messages).Id);
        Assert.Single(export.ContactPreferences);
        Assert.Single(export.Feedback);
        Assert.Single(export.Digests);
        var avaNumber = Assert.Single(export.SyncCursors).MailboxNumber;
        Assert.All(export.Messages, m => Assert.Equal(avaNumber, m.MailboxNumber));
    }
}

public sealed class UserDataStoreSqliteTests() : UserDataStoreTests(StorageProvider.Sqlite);

public sealed class UserDataStorePostgresTests() : UserDataStoreTests(StorageProvider.PostgreSql);
