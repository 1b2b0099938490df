using System.ComponentModel;
using Hangfire;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Web.Features.Digest;
using OutlookNetworking.Web.Hosting.Operations;

namespace OutlookNetworking.Web.Features.Jobs;

/// <summary>
/// Sends one user's morning digest for one local date. Takes ids and the date only (no name or address in Hangfire's
/// storage or dashboard), is
/// idempotent and at most once per user per local day (<see cref="DigestDelivery"/>: the ledger row is written
/// before the send). A send Graph refused fails the job, and Hangfire retries it with back-off; a retry after a
/// send whose outcome is unknown sends nothing.
/// </summary>
internal sealed class DigestJob(DigestDelivery delivery, NightTelemetry telemetry)
{
    [DisplayName("Send the morning digest of user {1} for {2}")]
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [60, 300, 900], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task<DigestDeliveryResult> RunAsync(Guid tenantId, Guid userId, string localDate, CancellationToken cancellationToken)
    {
        if (!MailboxClock.TryParse(localDate, out var date))
        {
            throw new ArgumentException("The local date must be yyyy-MM-dd.", nameof(localDate));
        }

        using var activity = NightTelemetry.StartDigest(tenantId, userId);
        try
        {
            var result = await delivery.DeliverAsync(new MailboxKey(tenantId, userId), date, cancellationToken);
            if (result == DigestDeliveryResult.Sent)
            {
                telemetry.DigestSent();
            }

            return result;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            telemetry.DigestFailed();
            NightTelemetry.Failed(activity, ex);
            throw JobFailureException.From(ex); // what Hangfire stores and logs: status and code, not Graph's text
        }
    }

    /// <summary>The signature jobs queued before the arguments were reduced to ids have (the name is ignored).</summary>
    [DisplayName("Send the morning digest of user {1} for {2}")]
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [60, 300, 900], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public Task<DigestDeliveryResult> RunAsync(Guid tenantId, Guid userId, string localDate, string displayName,
        CancellationToken cancellationToken) => RunAsync(tenantId, userId, localDate, cancellationToken);
}
