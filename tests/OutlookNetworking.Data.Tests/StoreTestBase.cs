using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.TestSupport;

namespace OutlookNetworking.Data.Tests;

/// <summary>Runs a test class against a fresh database on a real provider.</summary>
public abstract class StoreTestBase(StorageProvider provider) : IAsyncLifetime
{
    private TestDatabase? _database;
    private ServiceProvider? _services;

    protected static readonly MailboxKey Ava = new(Guid.Parse("8560c69b-ec84-5ac0-999b-e5c8dac5464a"), Guid.Parse("0f6a1b2c-0000-4000-8000-000000000001"));
    protected static readonly MailboxKey Ben = new(Ava.TenantId, Guid.Parse("0f6a1b2c-0000-4000-8000-000000000002"));
    protected static readonly MailboxKey OtherTenantUser = new(Guid.Parse("11111111-2222-4333-8444-555555555555"), Ava.UserId);

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 6, 30, 18, 0, 0, TimeSpan.Zero));

    protected IServiceProvider Services => _services ?? throw new InvalidOperationException("Not initialised.");

    protected T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    protected AppDbContext NewContext() => Get<IAppDbContextFactory>().CreateDbContext();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _services = _database.BuildServices(Time);
        // The mailboxes the tests write for: a page write needs its mailbox's row (MailboxGoneException otherwise).
        await AddMailboxAsync(Ava);
        await AddMailboxAsync(Ben);
    }

    /// <summary>Records the mailbox's directory row, as a night's directory refresh would.</summary>
    protected async Task AddMailboxAsync(MailboxKey key)
    {
        await using var db = NewContext();
        db.Mailboxes.Add(new MailboxEntity { TenantId = key.TenantId, UserId = key.UserId, Mail = $"{key.UserId:N}@tests.example" });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
