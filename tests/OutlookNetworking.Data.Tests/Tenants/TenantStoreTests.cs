using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Data.Tenants;

namespace OutlookNetworking.Data.Tests.Tenants;

public abstract class TenantStoreTests(StorageProvider provider) : StoreTestBase(provider)
{
    private TenantStore Tenants => Get<TenantStore>();

    [Fact]
    public async Task RecordConsent_Twice_OneRowSecondCallFalse()
    {
        Assert.True(await Tenants.RecordConsentAsync(Ava.TenantId, "Contoso", ["Contoso.example"], null, Time.GetUtcNow(), CancellationToken.None));
        Time.Advance(TimeSpan.FromHours(1));
        Assert.False(await Tenants.RecordConsentAsync(Ava.TenantId, "Contoso Ltd", [], null, Time.GetUtcNow(), CancellationToken.None));

        var all = await Tenants.ListAsync(CancellationToken.None);
        var tenant = Assert.Single(all);
        Assert.Equal("Contoso Ltd", tenant.DisplayName);
        Assert.Equal("contoso.example", tenant.Domains);
        Assert.Equal(Time.GetUtcNow().AddHours(-1), tenant.ConsentedAt);
    }

    [Fact]
    public async Task Delete_RemovesEveryRowOfTheTenantOnly()
    {
        await Tenants.RecordConsentAsync(Ava.TenantId, "Contoso", ["contoso.example"], null, Time.GetUtcNow(), CancellationToken.None);
        await Tenants.RecordConsentAsync(OtherTenantUser.TenantId, "Fabrikam", ["fabrikam.example"], null, Time.GetUtcNow(), CancellationToken.None);
        foreach (var key in new[] { Ava, OtherTenantUser })
        {
            await Get<MailboxStore>().UpsertDirectoryAsync(key.TenantId,
                [new DirectoryUser(key.UserId, "u@x.example", "u@x.example", "U", [], null, MailboxPurpose.User, false)], CancellationToken.None);
            await Get<MailboxMetadataStore>().ApplyMessagePageAsync(key, "inbox",
                [new MessageMeta("m1", null, null, [], [], [], Time.GetUtcNow(), null, FolderKind.Inbox, InferenceClass.Focused, false)],
                [], null, "d", CancellationToken.None);
        }

        await Tenants.DeleteAsync(Ava.TenantId, CancellationToken.None);

        await using var db = NewContext();
        Assert.Equal([OtherTenantUser.TenantId], await db.Tenants.Select(t => t.TenantId).ToListAsync());
        Assert.Equal([OtherTenantUser.TenantId], await db.Mailboxes.Select(t => t.TenantId).ToListAsync());
        Assert.Equal([OtherTenantUser.TenantId], await db.MailboxNumbers.Select(t => t.TenantId).ToListAsync());
        var otherNumber = await db.MailboxNumbers.Select(n => n.Number).SingleAsync();
        Assert.Equal([otherNumber], await db.MailMessages.Select(m => m.MailboxNumber).ToListAsync());
        Assert.Equal([OtherTenantUser.TenantId], await db.SyncCursors.Select(t => t.TenantId).ToListAsync());
    }

    [Fact]
    public async Task UpsertDirectory_RoomsSharedAndRemovedUsers_NotSyncable()
    {
        DirectoryUser U(int n, MailboxPurpose purpose) =>
            new(Guid.Parse($"00000000-0000-4000-8000-00000000000{n}"), $"u{n}@contoso.example", $"u{n}@contoso.example", $"U{n}", [$"SMTP:U{n}@contoso.example", $"alias{n}@contoso.example"], "UTC", purpose, false);
        var mailboxes = Get<MailboxStore>();
        await mailboxes.UpsertDirectoryAsync(Ava.TenantId,
            [U(1, MailboxPurpose.User), U(2, MailboxPurpose.Room), U(3, MailboxPurpose.Shared), U(4, MailboxPurpose.Equipment), U(5, MailboxPurpose.User)],
            CancellationToken.None);
        await mailboxes.UpsertDirectoryAsync(Ava.TenantId,
            [U(1, MailboxPurpose.User), U(2, MailboxPurpose.Room), U(3, MailboxPurpose.Shared), U(4, MailboxPurpose.Equipment)],
            CancellationToken.None);

        var syncable = await mailboxes.ListSyncableAsync(Ava.TenantId, CancellationToken.None);

        var only = Assert.Single(syncable);
        Assert.Equal("u1@contoso.example", only.Mail);
        Assert.Contains("alias1@contoso.example", MailboxStore.SplitAliases(only.Aliases));
    }
}

public sealed class TenantStoreSqliteTests() : TenantStoreTests(StorageProvider.Sqlite);

public sealed class TenantStorePostgresTests() : TenantStoreTests(StorageProvider.PostgreSql);
