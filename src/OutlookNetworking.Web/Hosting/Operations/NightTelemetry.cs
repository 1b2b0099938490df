using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace OutlookNetworking.Web.Hosting.Operations;

/// <summary>
/// The night's traces (ActivitySource <c>OutlookNetworking</c>: one activity per tenant night, per mailbox job, per digest)
/// and the metrics an admin watches (Meter <c>OutlookNetworking</c>): nights run, nights not run for withdrawn grants, mailboxes synced and failed, digests
/// sent and failed, analysis and mailbox sync durations. Graph's 429s and retries are counted on the same meter by
/// <see cref="OutlookNetworking.Graph.Diagnostics.GraphMetrics"/>. Exported when <c>OpenTelemetry:OtlpEndpoint</c> is set.
/// </summary>
public sealed class NightTelemetry
{
    public const string Name = "OutlookNetworking";

    public static readonly ActivitySource Source = new(Name);

    private readonly Counter<long> _nights;
    private readonly Counter<long> _grantsMissing;
    private readonly Counter<long> _synced;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _digestsSent;
    private readonly Counter<long> _digestsFailed;
    private readonly Histogram<double> _analysis;
    private readonly Histogram<double> _mailboxSync;

    public NightTelemetry(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(Name);
        _nights = meter.CreateCounter<long>("outlooknetworking.nights", "{night}", "Tenant nights run");
        _grantsMissing = meter.CreateCounter<long>("outlooknetworking.nights.grants_missing", "{night}",
            "Tenant nights not run: the app-only token lacked a required grant");
        _synced = meter.CreateCounter<long>("outlooknetworking.mailboxes.synced", "{mailbox}", "Mailboxes synced and analysed");
        _failed = meter.CreateCounter<long>("outlooknetworking.mailboxes.failed", "{mailbox}", "Mailbox jobs that failed (retried by Hangfire)");
        _digestsSent = meter.CreateCounter<long>("outlooknetworking.digests.sent", "{digest}", "Morning digests sent");
        _digestsFailed = meter.CreateCounter<long>("outlooknetworking.digests.failed", "{digest}", "Morning digest sends that failed (retried by Hangfire)");
        _analysis = meter.CreateHistogram<double>("outlooknetworking.analysis.duration", "s", "Time to analyse one mailbox");
        _mailboxSync = meter.CreateHistogram<double>("outlooknetworking.mailbox.sync.duration", "s", "Time of one mailbox job: sync and analysis");
    }

    public static Activity? StartNight(Guid tenantId) =>
        Source.StartActivity("night")?.SetTag("outlooknetworking.tenant.id", tenantId);

    public static Activity? StartMailbox(Guid tenantId, Guid userId) =>
        Source.StartActivity("mailbox")?.SetTag("outlooknetworking.tenant.id", tenantId).SetTag("outlooknetworking.user.id", userId);

    public static Activity? StartDigest(Guid tenantId, Guid userId) =>
        Source.StartActivity("digest")?.SetTag("outlooknetworking.tenant.id", tenantId).SetTag("outlooknetworking.user.id", userId);

    public void NightRun() => _nights.Add(1);

    public void GrantsMissing() => _grantsMissing.Add(1);

    /// <summary>A mailbox job ended: synced (or found out of scope) or failed, after <paramref name="elapsed"/>.</summary>
    public void MailboxDone(bool succeeded, TimeSpan elapsed)
    {
        (succeeded ? _synced : _failed).Add(1);
        _mailboxSync.Record(elapsed.TotalSeconds);
    }

    public void Analysed(TimeSpan elapsed) => _analysis.Record(elapsed.TotalSeconds);

    public void DigestSent() => _digestsSent.Add(1);

    public void DigestFailed() => _digestsFailed.Add(1);

    /// <summary>Marks <paramref name="activity"/> failed with the exception's type (never its message: it may name a person).</summary>
    public static void Failed(Activity? activity, Exception error) =>
        activity?.SetStatus(ActivityStatusCode.Error, error.GetType().Name);
}
