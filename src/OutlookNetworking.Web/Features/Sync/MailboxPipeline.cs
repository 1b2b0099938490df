using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Graph.Sync;
using OutlookNetworking.Web.Features.Analysis;

namespace OutlookNetworking.Web.Features.Sync;

/// <summary>The night's work for one mailbox: delta-sync its metadata, then analyse it.</summary>
internal sealed class MailboxPipeline(MailboxSyncer syncer, MailboxAnalyzer analyzer, MailboxStore mailboxes, TimeProvider time,
    Hosting.Operations.NightTelemetry telemetry)
{
    public async Task<(SyncReport Sync, AnalysisResult? Analysis)> SyncAndAnalyzeAsync(MailboxKey key,
        CancellationToken cancellationToken)
    {
        var report = await syncer.SyncAsync(new MailboxRef(key.TenantId, key.UserId), cancellationToken);
        await mailboxes.RecordSyncSuccessAsync(key, time.GetUtcNow(), cancellationToken);
        var started = time.GetTimestamp();
        var result = await analyzer.AnalyzeAsync(key, cancellationToken);
        telemetry.Analysed(time.GetElapsedTime(started));
        return (report, result);
    }
}
