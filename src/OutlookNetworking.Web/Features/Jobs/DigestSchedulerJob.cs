using System.ComponentModel;
using Hangfire;
using Microsoft.Extensions.Options;
using OutlookNetworking.Data.Digest;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Web.Features.Digest;

namespace OutlookNetworking.Web.Features.Jobs;

/// <summary>
/// Runs every few minutes (<see cref="DigestOptions.SchedulerIntervalMinutes"/>): for every consented tenant,
/// finds the people whose digest hour has come on their local date (their mailbox's time zone), within
/// <see cref="DigestOptions.SendWindowHours"/>, with a recent analysis and no ledger row for that date yet (or one whose
/// send's outcome was lost longer than <see cref="DigestOptions.UnknownOutcomeGrace"/> ago, to be resolved), and
/// enqueues one <see cref="DigestJob"/> per user and local date. Queuing twice is harmless: the ledger decides.
/// </summary>
internal sealed partial class DigestSchedulerJob(
    TenantStore tenants,
    MailboxStore mailboxes,
    DigestLedger ledger,
    IBackgroundJobClient jobs,
    IOptions<DigestOptions> options,
    TimeProvider time,
    ILogger<DigestSchedulerJob> logger)
{
    [DisplayName("Find whose morning digest is due")]
    [AutomaticRetry(Attempts = 0)] // the next run is minutes away
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return 0; // Digest:Enabled=false: the deployment sends no digest
        }

        if (string.IsNullOrWhiteSpace(options.Value.SenderMailbox))
        {
            LogNoSender(logger);
            return 0;
        }

        var now = time.GetUtcNow();
        var queued = 0;
        foreach (var tenant in await tenants.ListAsync(cancellationToken))
        {
            var due = (await mailboxes.ListSyncableAsync(tenant.TenantId, cancellationToken))
                .Where(m => DigestDelivery.IsEligible(m) && m.LastAnalysedAt is { } at && now - at <= DigestDelivery.MaxAnalysisAge)
                .Select(m => (Mailbox: m, Date: DueDate(m, now)))
                .Where(d => d.Date is not null)
                .Select(d => (d.Mailbox, Date: MailboxClock.Format(d.Date!.Value)))
                .ToList();
            if (due.Count == 0)
            {
                continue;
            }

            var recorded = await ledger.ListRecordedAsync(tenant.TenantId, due.Select(d => d.Date).Distinct().ToList(),
                now - options.Value.UnknownOutcomeGrace, cancellationToken);
            foreach (var (mailbox, date) in due.Where(d => !recorded.Contains((d.Mailbox.UserId, d.Date))))
            {
                var (t, u) = (mailbox.TenantId, mailbox.UserId);
                jobs.Enqueue<DigestJob>(job => job.RunAsync(t, u, date, CancellationToken.None));
                queued++;
            }
        }

        if (queued > 0)
        {
            LogQueued(logger, queued);
        }

        return queued;
    }

    /// <summary>The local date whose digest is due now, or null: due from the user's hour until
    /// <see cref="DigestOptions.SendWindowHours"/> later, the same local day.</summary>
    internal DateOnly? DueDate(MailboxEntity mailbox, DateTimeOffset now)
    {
        var local = MailboxClock.LocalNow(now, mailbox.TimeZone);
        var hour = Math.Clamp(mailbox.DigestHour, 0, 23);
        var from = local.Date.AddHours(hour);
        return local >= from && local < from.AddHours(options.Value.SendWindowHours) ? DateOnly.FromDateTime(local) : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No digest is sent: Digest:SenderMailbox is not configured")]
    private static partial void LogNoSender(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest scheduler queued {Queued} digests")]
    private static partial void LogQueued(ILogger logger, int queued);
}
