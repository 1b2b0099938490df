using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutlookNetworking.Data.Analysis;
using OutlookNetworking.Data.Digest;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Cli.Commands.Chaos;

namespace OutlookNetworking.Web.Tests.Reliability;

/// <summary>
/// A host's SQLite store (<c>outlooknetworking.db</c> in its data directory) read from the test process, through the
/// product's own stores: while the host runs (to pick the moment to kill it), and after it died.
/// </summary>
internal sealed class HostStore : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly Guid _tenantId;

    public HostStore(string dataDirectory, Guid tenantId)
    {
        _tenantId = tenantId;
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddOutlookNetworkingStorage(new StorageOptions
        {
            Provider = StorageProvider.Sqlite,
            ConnectionString = new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(dataDirectory, "outlooknetworking.db"), Pooling = false,
            }.ToString(),
        });
        _services = services.BuildServiceProvider();
    }

    /// <summary>The people's mailboxes, how many are analysed, and how many hold synced mail but no analysis yet
    /// (mid-sync, or synced and waiting for their analysis); zeros before the host has made its schema.</summary>
    public async Task<(int Mailboxes, int Analysed, int SyncedNotAnalysed)> ProgressAsync()
    {
        try
        {
            var mailboxes = await _services.GetRequiredService<MailboxStore>().ListSyncableAsync(_tenantId, CancellationToken.None);
            await using var db = _services.GetRequiredService<IAppDbContextFactory>().CreateDbContext();
            var withMail = (await db.MailboxNumbers
                .Where(n => n.TenantId == _tenantId && db.MailMessages.Any(m => m.MailboxNumber == n.Number)).Select(n => n.UserId)
                .ToListAsync()).ToHashSet();
            return (mailboxes.Count, mailboxes.Count(m => m.LastAnalysedAt is not null),
                mailboxes.Count(m => m.LastAnalysedAt is null && withMail.Contains(m.UserId)));
        }
        catch (SqliteException)
        {
            return (0, 0, 0); // no schema yet
        }
    }

    public async Task<IReadOnlyList<DigestDispatchEntity>> LedgerAsync()
    {
        try
        {
            await using var db = _services.GetRequiredService<IAppDbContextFactory>().CreateDbContext();
            return await db.DigestDispatches.AsNoTracking().Where(d => d.TenantId == _tenantId).ToListAsync();
        }
        catch (SqliteException)
        {
            return [];
        }
    }

    public Task<IReadOnlyList<MailboxEntity>> MailboxesAsync() =>
        _services.GetRequiredService<MailboxStore>().ListSyncableAsync(_tenantId, CancellationToken.None);

    /// <summary>Every message, meeting, relationship and open suggestion of the people's mailboxes, row by row.</summary>
    public async Task<StoreImage> ImageAsync()
    {
        var image = new StoreImage();
        var metadata = _services.GetRequiredService<MailboxMetadataStore>();
        var analysis = _services.GetRequiredService<AnalysisStore>();
        foreach (var mailbox in await MailboxesAsync())
        {
            var key = new MailboxKey(_tenantId, mailbox.UserId);
            var (messages, meetings) = await metadata.LoadAsync(key, CancellationToken.None);
            image.AddMailbox(mailbox.UserId, messages, meetings, await analysis.GetRelationshipsAsync(key, null, CancellationToken.None));
            image.AddSuggestions(mailbox.UserId,
                (await analysis.GetOpenSuggestionsAsync(key, CancellationToken.None)).Select(s => (s.Suggestion, s.FirstSeenAt)));
        }

        return image;
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();
}
