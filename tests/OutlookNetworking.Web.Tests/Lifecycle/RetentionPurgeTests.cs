using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OutlookNetworking.Data.Audit;
using OutlookNetworking.Data.Digest;
using OutlookNetworking.Data.Feedback;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.TestSupport;
using OutlookNetworking.Web.Features.Lifecycle;

namespace OutlookNetworking.Web.Tests.Lifecycle;

/// <summary>The retention purge on a real store: rows older than the retention period go, younger ones stay.</summary>
public abstract class RetentionPurgeTests(StorageProvider provider)
{
    private static readonly DateTimeOffset Now = new(2025, 6, 30, 18, 0, 0, TimeSpan.Zero);
    private static readonly Guid Tenant = Guid.Parse("8560c69b-ec84-5ac0-999b-e5c8dac5464a");
    private static readonly Guid User = Guid.Parse("0f6a1b2c-0000-4000-8000-000000000001");

    [Fact]
    public void RetentionOptions_Default_Is400Days() => Assert.Equal(400, new RetentionOptions().Days);

    [Fact]
    public async Task PurgeAsync_RowsAroundTheCutoff_OlderDeletedYoungerKept()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.BuildServices(new FakeTimeProvider(Now));
        var factory = services.GetRequiredService<IAppDbContextFactory>();
        var old = Now.AddDays(-401);
        var young = Now.AddDays(-399);
        await using (var db = factory.CreateDbContext())
        {
            // The mailbox the rows belong to exists (rows of a gone mailbox are orphans: another test).
            db.Tenants.Add(new TenantEntity { TenantId = Tenant, DisplayName = "Contoso", ConsentedAt = old });
            db.Mailboxes.Add(new MailboxEntity { TenantId = Tenant, UserId = User, Mail = "ava@contoso.example" });
            db.MailboxNumbers.Add(new MailboxNumberEntity { TenantId = Tenant, UserId = User }); // number 1
            await db.SaveChangesAsync();
            db.MailMessages.AddRange(Message("old-sent", sent: old, received: null), Message("old-received", sent: null, received: old),
                Message("young", sent: young, received: young), Message("old-sent-young-received", sent: old, received: young));
            db.Meetings.AddRange(Meeting("old-meeting", old), Meeting("young-meeting", young));
            db.SuggestionFeedback.AddRange(Feedback("old", old, null), Feedback("old-but-snoozed", old, Now.AddDays(10)), Feedback("young", young, null));
            db.DigestDispatches.AddRange(Digest("2024-05-20", old), Digest("2024-06-01", young));
            db.AuditEntries.AddRange(Audit("old", old), Audit("young", young));
            await db.SaveChangesAsync();
        }

        var purge = new RetentionPurge(factory, Options.Create(new RetentionOptions { Days = 400 }));
        var result = await purge.PurgeAsync(Now, CancellationToken.None);

        await using var check = factory.CreateDbContext();
        Assert.Equal(["young"], (await check.MailMessages.Select(m => m.Id).ToListAsync()).Order());
        Assert.Equal(["young-meeting"], await check.Meetings.Select(m => m.Id).ToListAsync());
        Assert.Equal(["old-but-snoozed", "young"], (await check.SuggestionFeedback.Select(f => f.SuggestionKey).ToListAsync()).Order());
        Assert.Equal(["2024-06-01"], await check.DigestDispatches.Select(d => d.LocalDate).ToListAsync());
        Assert.Equal(["young"], await check.AuditEntries.Select(a => a.Action).ToListAsync());
        Assert.Equal(new RetentionPurgeResult(3, 1, 1, 1, 1), result);

        var again = await purge.PurgeAsync(Now, CancellationToken.None);
        Assert.Equal(0, again.Total);
    }

    private static MailMessageEntity Message(string id, DateTimeOffset? sent, DateTimeOffset? received) => new()
    {
        MailboxNumber = 1, Id = id, Stream = 1,
        SentAtMs = sent?.ToUnixTimeMilliseconds(), ReceivedAtMs = received?.ToUnixTimeMilliseconds(),
    };

    private static MeetingEntity Meeting(string id, DateTimeOffset end) => new()
    {
        MailboxNumber = 1, Id = id, StartMs = end.AddHours(-1).ToUnixTimeMilliseconds(), EndMs = end.ToUnixTimeMilliseconds(),
    };

    private static SuggestionFeedbackEntity Feedback(string key, DateTimeOffset at, DateTimeOffset? snoozedUntil) => new()
    {
        TenantId = Tenant, UserId = User, SuggestionKey = key, At = at, SnoozedUntil = snoozedUntil,
    };

    private static DigestDispatchEntity Digest(string localDate, DateTimeOffset reservedAt) => new()
    {
        TenantId = Tenant, UserId = User, LocalDate = localDate, ReservedAt = reservedAt,
    };

    private static AuditEntryEntity Audit(string action, DateTimeOffset at) => new() { TenantId = Tenant, At = at, Actor = "system", Action = action };
}

public sealed class RetentionPurgeSqliteTests() : RetentionPurgeTests(StorageProvider.Sqlite);

public sealed class RetentionPurgePostgresTests() : RetentionPurgeTests(StorageProvider.PostgreSql);
