using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Privacy;
using OutlookNetworking.Data.Storage;

namespace OutlookNetworking.Data.Tests.Privacy;

/// <summary>
/// Security review finding 7: the opt-out marker was an unsalted SHA-256 of "tid:oid", re-identifiable by whoever holds
/// the directory. It is now keyed (HMAC, key in <c>app_secrets</c>), and markers of the old form are carried over.
/// </summary>
public abstract class OptOutMarkerTests(StorageProvider provider) : StoreTestBase(provider)
{
    [Fact]
    public async Task Erase_MarkerIsKeyedNotTheBareHashAndStillRecognised()
    {
        await Get<UserDataStore>().EraseAndOptOutAsync(Ava, CancellationToken.None);

        await using var db = NewContext();
        var marker = Assert.Single(await db.OptOuts.Select(o => o.UserHash).ToListAsync());
        Assert.StartsWith(OptOutMarkers.Prefix, marker, StringComparison.Ordinal);
        Assert.DoesNotContain(OptOutHash.Of(Ava.TenantId, Ava.UserId), marker, StringComparison.Ordinal);
        var key = Assert.Single(await db.AppSecrets.ToListAsync());
        Assert.Equal("opt-out-marker-hmac", key.Name);
        Assert.True(await Get<UserDataStore>().IsOptedOutAsync(Ava, CancellationToken.None));
        Assert.False(await Get<UserDataStore>().IsOptedOutAsync(Ben, CancellationToken.None));
    }

    [Fact]
    public async Task CarryOver_LegacyUnkeyedMarker_RewrittenKeyedAndTheUserStaysOptedOut()
    {
        var legacy = OptOutHash.Of(Ava.TenantId, Ava.UserId);
        await using (var db = NewContext())
        {
            db.OptOuts.Add(new OptOutEntity { TenantId = Ava.TenantId, UserHash = legacy, At = Time.GetUtcNow() });
            await db.SaveChangesAsync();
        }

        Assert.Equal(1, await Get<OptOutMarkers>().CarryOverLegacyAsync(CancellationToken.None));

        await using (var db = NewContext())
        {
            var marker = Assert.Single(await db.OptOuts.Select(o => o.UserHash).ToListAsync());
            Assert.StartsWith(OptOutMarkers.Prefix, marker, StringComparison.Ordinal);
            Assert.DoesNotContain(legacy, marker, StringComparison.Ordinal);
        }

        Assert.True(await Get<UserDataStore>().IsOptedOutAsync(Ava, CancellationToken.None));
        await Get<MailboxStore>().UpsertDirectoryAsync(Ava.TenantId,
            [new DirectoryUser(Ava.UserId, "ava@contoso.example", "ava@contoso.example", "Ava", [], null, MailboxPurpose.User, false),
             new DirectoryUser(Ben.UserId, "ben@contoso.example", "ben@contoso.example", "Ben", [], null, MailboxPurpose.User, false)],
            CancellationToken.None);
        Assert.Equal([Ben.UserId], (await Get<MailboxStore>().ListSyncableAsync(Ava.TenantId, CancellationToken.None)).Select(m => m.UserId));
        Assert.Equal(0, await Get<OptOutMarkers>().CarryOverLegacyAsync(CancellationToken.None));
    }
}

public sealed class OptOutMarkerSqliteTests() : OptOutMarkerTests(StorageProvider.Sqlite);

public sealed class OptOutMarkerPostgresTests() : OptOutMarkerTests(StorageProvider.PostgreSql);
