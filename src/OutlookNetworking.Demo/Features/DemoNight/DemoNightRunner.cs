using System.Text.Json;
using Hangfire;
using Hangfire.Storage;
using OutlookNetworking.Data.Digest;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Demo.Features.DemoTenant;
using OutlookNetworking.Web.Features.Digest;
using OutlookNetworking.Web.Features.Jobs;

namespace OutlookNetworking.Demo.Features.DemoNight;

/// <summary>
/// Runs the demo tenant's whole night now through the same Hangfire jobs production runs: the tenant's night
/// (directory, then one sync-and-analyse job per mailbox), then every digest due on the demo clock's day, as if
/// each user's morning had come (one <see cref="DigestJob"/> per user and local date; the ledger still allows one
/// per day). Waits for the jobs (a job that failed and waits for its retry is reported, not waited for).
/// </summary>
internal sealed partial class DemoNightRunner(
    DemoEnvironment environment,
    IBackgroundJobClient jobs,
    JobStorage storage,
    MailboxStore mailboxes,
    DigestLedger ledger,
    TimeProvider time,
    ILogger<DemoNightRunner> logger) : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);
    private static readonly string[] Finished = ["Succeeded", "Failed", "Deleted", "Scheduled"];
    private readonly SemaphoreSlim _one = new(1, 1);

    /// <summary>The night, waited for at most <paramref name="timeout"/>: past it, the summary so far
    /// (<see cref="DemoNightSummary.TimedOut"/>, every mailbox not analysed yet named) while the jobs go on.</summary>
    public async Task<DemoNightSummary> RunAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var ct = deadline.Token;
        var tenantId = Guid.Parse(environment.Snapshot.Tenant.TenantId);
        var started = time.GetUtcNow();
        try
        {
            await _one.WaitAsync(ct);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return await TimedOutAsync(tenantId, started, cancellationToken); // another night held it all along
        }

        try
        {
            return await RunNightAsync(tenantId, started, ct);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return await TimedOutAsync(tenantId, started, cancellationToken);
        }
        finally
        {
            _one.Release();
        }
    }

    private async Task<DemoNightSummary> TimedOutAsync(Guid tenantId, DateTimeOffset started, CancellationToken ct)
    {
        var people = await mailboxes.ListSyncableAsync(tenantId, ct);
        var failed = FailedOf(people, started);
        return new DemoNightSummary(started, time.GetUtcNow(), people.Count, people.Count - failed.Count, failed.Count, [], 0,
            (await environment.Simulator.ReadOutboxAsync(ct)).Count) { FailedMailboxes = failed, TimedOut = true };
    }

    private async Task<DemoNightSummary> RunNightAsync(Guid tenantId, DateTimeOffset started, CancellationToken ct)
    {
        var tenant = environment.Snapshot.Tenant;
        await environment.Simulator.SetClockAsync(started, ct); // outbox times on the demo clock

        var night = jobs.Enqueue<TenantNightJob>(job => job.RunAsync(tenantId, CancellationToken.None));
        await WaitAsync([night], ct);
        await WaitForMailboxJobsAsync(tenantId, ct);
        var people = await mailboxes.ListSyncableAsync(tenantId, ct);
        var failed = FailedOf(people, started);
        var analysed = people.Count - failed.Count;

        var now = time.GetUtcNow();
        await environment.Simulator.SetClockAsync(now, ct);
        var sentBefore = (await environment.Simulator.ReadOutboxAsync(ct)).Count;
        var due = people.Where(DigestDelivery.IsEligible)
            .Select(m => (Mailbox: m, Date: MailboxClock.LocalDate(now, m.TimeZone))).ToList();
        var ids = due.Select(d =>
        {
            var (t, u, date) = (d.Mailbox.TenantId, d.Mailbox.UserId, MailboxClock.Format(d.Date)); // ids only in job arguments
            return jobs.Enqueue<DigestJob>(job => job.RunAsync(t, u, date, CancellationToken.None));
        }).ToList();
        await WaitAsync(ids, ct);

        var digests = new List<DemoNightDigest>();
        foreach (var (mailbox, date) in due)
        {
            var row = await ledger.FindAsync(new MailboxKey(mailbox.TenantId, mailbox.UserId), date, ct);
            var status = row is null ? "none" : JsonNamingPolicy.CamelCase.ConvertName(row.Status.ToString());
            digests.Add(new DemoNightDigest(mailbox.DisplayName, mailbox.UserPrincipalName, MailboxClock.Format(date), status,
                DigestRoutes.Preview + "?upn=" + Uri.EscapeDataString(mailbox.UserPrincipalName)));
        }

        var outbox = (await environment.Simulator.ReadOutboxAsync(ct)).Count;
        LogNight(logger, people.Count, analysed, outbox - sentBefore);
        var outOfScope = await mailboxes.ListOutOfScopeAsync(tenantId, ct);
        return new DemoNightSummary(started, time.GetUtcNow(), people.Count, analysed, people.Count - analysed, digests,
            outbox - sentBefore, outbox)
        {
            OutOfScope = outOfScope.Select(m => new DemoOutOfScopeMailbox(m.DisplayName, m.UserPrincipalName,
                JsonNamingPolicy.CamelCase.ConvertName(m.Access.ToString()))).ToList(),
            FailedMailboxes = failed,
        };
    }

    /// <summary>The mailboxes not analysed since <paramref name="started"/>, each with its reason code.</summary>
    private static List<DemoFailedMailbox> FailedOf(IEnumerable<MailboxEntity> people, DateTimeOffset started) =>
        [.. people.Where(m => !(m.LastAnalysedAt >= started))
            .Select(m => new DemoFailedMailbox(m.DisplayName, m.UserPrincipalName, DemoFailedMailbox.ReasonOf(m.LastFailure)))];

    public void Dispose() => _one.Dispose();

    private async Task WaitAsync(IReadOnlyCollection<string> jobIds, CancellationToken ct)
    {
        var pending = new HashSet<string>(jobIds, StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            using (var connection = storage.GetConnection())
            {
                pending.RemoveWhere(id => connection.GetStateData(id)?.Name is { } state && Finished.Contains(state, StringComparer.Ordinal));
            }

            if (pending.Count > 0)
            {
                await Task.Delay(Poll, ct); // real time: the app clock may be a test's fake
            }
        }
    }

    /// <summary>Waits until no sync-and-analyse job of the tenant is queued or running (retries waiting on their
    /// back-off are not waited for).</summary>
    private async Task WaitForMailboxJobsAsync(Guid tenantId, CancellationToken ct)
    {
        var monitoring = storage.GetMonitoringApi();
        bool Ours(Hangfire.Common.Job? job) =>
            job?.Type == typeof(MailboxNightJob) && job.Args.Count > 0 && job.Args[0] is Guid t && t == tenantId;
        while (true)
        {
            var busy = monitoring.ProcessingJobs(0, int.MaxValue).Any(j => Ours(j.Value?.Job))
                       || monitoring.Queues().Any(q => monitoring.EnqueuedJobs(q.Name, 0, int.MaxValue).Any(j => Ours(j.Value?.Job)));
            if (!busy)
            {
                return;
            }

            await Task.Delay(Poll, ct); // real time: the app clock may be a test's fake
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo night: {Mailboxes} mailboxes, {Analysed} analysed, {Sent} digests sent")]
    private static partial void LogNight(ILogger logger, int mailboxes, int analysed, int sent);
}
