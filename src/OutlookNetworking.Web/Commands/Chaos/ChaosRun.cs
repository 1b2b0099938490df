using Microsoft.Extensions.Options;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Data.Analysis;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Graph;
using OutlookNetworking.Graph.Client;
using OutlookNetworking.Graph.Sync;
using OutlookNetworking.GraphSimulator;
using OutlookNetworking.GraphSimulator.Control;
using OutlookNetworking.Web.Features.DirectorySync;
using OutlookNetworking.Web.Features.Sync;
using OutlookNetworking.Web.Hosting;

namespace OutlookNetworking.Web.Commands.Chaos;

/// <summary>
/// One run of the product's real night pipeline (directory, then sync and analyse each mailbox with
/// Hangfire-like job retries; faults start after the directory is read) against the Graph simulator over HTTP, in two rounds with the seed's
/// changes between them. With faults: random 429/503 (Retry-After), 503 without it, 504, a gateway's HTML 502/504, dropped connections,
/// truncated JSON and slow answers on every request, throttled <c>$batch</c> steps, delta links
/// expired in the middle of rounds and between them. Without: the reference the chaos run must equal.
/// </summary>
internal static class ChaosRun
{
    public static async Task<ChaosOutcome> ExecuteAsync(ChaosSettings settings, bool withFaults, StorageOptions storage,
        CancellationToken cancellationToken)
    {
        await using var simulator = await GraphSimulatorHost.StartAsync(new SimulatorOptions { SnapshotPath = settings.TenantPath }, cancellationToken);
        var control = simulator.Control;
        var now = simulator.Snapshot.Now ?? TimeProvider.System.GetUtcNow();
        TokenExpiringSink? expiring = null;

        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Error));
        services.AddSingleton<TimeProvider>(new FixedTimeProvider(now));
        services.AddSingleton(Options.Create(new GraphOptions
        {
            BaseUrl = simulator.BaseUrl, PageSize = settings.PageSize, RetryBaseDelay = settings.RetryBaseDelay,
            SdkRetryDelaySeconds = settings.SdkRetryDelaySeconds,
        }));
        services.AddSingleton(Options.Create(new EngineOptions()));
        services.AddSingleton<IGraphAccessTokenSource, StaticGraphTokenSource>();
        services.AddPipelineServices(storage);
        if (withFaults)
        {
            services.AddSingleton<StoreSyncSink>();
            services.AddSingleton<IMailboxSyncSink>(sp =>
                expiring = new TokenExpiringSink(sp.GetRequiredService<StoreSyncSink>(), control, settings.ExpireAfterPages));
        }

        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        _ = provider.GetRequiredService<IMailboxSyncSink>();

        var tenantId = Guid.Parse(simulator.Snapshot.Tenant.TenantId);
        await provider.GetRequiredService<TenantStore>().RecordConsentAsync(tenantId, simulator.Snapshot.Tenant.DisplayName,
            simulator.Snapshot.Tenant.Domains, null, now, cancellationToken);
        var jobRetries = 0;
        var counters = new RunCounters();
        jobRetries += await RunJobAsync(settings, ct => provider.GetRequiredService<DirectoryRefresher>().RefreshAsync(tenantId, ct),
            cancellationToken);
        if (withFaults)
        {
            control.SetFaults(settings.Faults);
        }
        var mailboxes = (await provider.GetRequiredService<MailboxStore>().ListSyncableAsync(tenantId, cancellationToken))
            .Select(m => m.UserId).ToList();
        var pipeline = provider.GetRequiredService<MailboxPipeline>();

        for (var round = 1; round <= 2; round++)
        {
            if (withFaults)
            {
                // Some steps of the well-known folder $batch are throttled in every round's folder discovery.
                control.AddFaultRule(new FaultRule { Kind = FaultKind.Throttle, Count = 3, PathContains = "/mailFolders/archive", RetryAfterSeconds = settings.RetryAfterSeconds });
                control.AddFaultRule(new FaultRule { Kind = FaultKind.ServiceUnavailable, Count = 2, PathContains = "/mailFolders/sentitems", RetryAfterSeconds = settings.RetryAfterSeconds });
            }

            expiring?.NextRound();
            foreach (var userId in mailboxes)
            {
                var key = new MailboxKey(tenantId, userId);
                jobRetries += await RunJobAsync(settings, async ct =>
                {
                    var (report, _) = await pipeline.SyncAndAnalyzeAsync(key, ct);
                    counters.Add(report);
                }, cancellationToken);
            }

            if (round == 1)
            {
                ChaosScript.Apply(control, settings.TenantPath, mailboxes, settings.Seed, now);
                if (expiring is not null)
                {
                    foreach (var userId in mailboxes.Where((_, i) => i % 2 == settings.Seed % 2))
                    {
                        expiring.Expire(userId);
                    }
                }
            }
        }

        var faults = control.Counters.FaultsByKind;
        var batchItemFaults = control.RequestLog.Count(r => r.IsBatchItem && r.Fault is not null);
        var requests = control.Counters.Requests;
        control.ClearFaults();

        var image = new StoreImage();
        var metadata = provider.GetRequiredService<MailboxMetadataStore>();
        var analysis = provider.GetRequiredService<AnalysisStore>();
        foreach (var userId in mailboxes)
        {
            var key = new MailboxKey(tenantId, userId);
            var (messages, meetings) = await metadata.LoadAsync(key, cancellationToken);
            image.AddMailbox(userId, messages, meetings, await analysis.GetRelationshipsAsync(key, null, cancellationToken));
        }

        return new ChaosOutcome(image, faults, batchItemFaults, expiring?.Expiries ?? 0, requests,
            counters.PageRetries, counters.Restarts, jobRetries, counters.Upserted);
    }

    /// <summary>Runs a job until it succeeds, as Hangfire's automatic retry would; returns how many times it was retried.</summary>
    private static async Task<int> RunJobAsync(ChaosSettings settings, Func<CancellationToken, Task> job, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await job(cancellationToken);
                return attempt - 1;
            }
            catch (Exception ex) when (attempt < settings.JobAttempts && ex is not OperationCanceledException)
            {
                // Hangfire would run the job again later; the next attempt resumes from the stored cursors.
            }
        }
    }

    private sealed class RunCounters
    {
        public int PageRetries { get; private set; }

        public int Restarts { get; private set; }

        public int Upserted { get; private set; }

        public void Add(SyncReport report)
        {
            PageRetries += report.Retries;
            Restarts += report.Restarts;
            Upserted += report.Upserted;
        }
    }
}
