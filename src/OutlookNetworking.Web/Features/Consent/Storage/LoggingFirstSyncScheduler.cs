namespace OutlookNetworking.Web.Features.Consent.Storage;

/// <summary>The default <see cref="IFirstSyncScheduler"/> until jobs are wired in: it only logs the request.</summary>
internal sealed partial class LoggingFirstSyncScheduler(ILogger<LoggingFirstSyncScheduler> logger) : IFirstSyncScheduler
{
    public Task EnqueueFirstSyncAsync(Guid tenantId, CancellationToken ct)
    {
        LogFirstSyncRequested(tenantId);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "First sync requested for tenant {TenantId}, but no job scheduler is registered")]
    private partial void LogFirstSyncRequested(Guid tenantId);
}
