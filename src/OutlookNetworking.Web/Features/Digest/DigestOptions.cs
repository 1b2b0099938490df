using System.ComponentModel.DataAnnotations;

namespace OutlookNetworking.Web.Features.Digest;

/// <summary>Configuration section <c>Digest</c>: the morning digest email. Validated on start.</summary>
public sealed class DigestOptions
{
    public const string SectionName = "Digest";

    /// <summary>Whether morning digests are sent. Default true; false sends none, and then no
    /// <see cref="SenderMailbox"/> is needed outside Development.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The mailbox the digest is sent from (its UPN or primary SMTP address), e.g.
    /// <c>networking-digest@contoso.com</c>. Narrow the app's Mail.Send to this mailbox with Exchange RBAC for
    /// Applications (README). Unset: no digest is sent (each scheduler run logs a warning); in demo mode the
    /// simulated tenant's shared mailbox (or its first user) when not set.</summary>
    public string? SenderMailbox { get; set; }

    /// <summary>Most suggestions in one digest. Default 5 (a handful a day; the engine's daily list is 5).</summary>
    [Range(1, 10)]
    public int MaxSuggestions { get; set; } = 5;

    /// <summary>How long the done / snooze / dismiss / turn-off links in a digest keep working. Default 7 days
    /// (until the next week's digests have replaced it).</summary>
    [Range(typeof(TimeSpan), "01:00:00", "30.00:00:00")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Minutes between runs of the digest scheduler (it finds users whose morning hour has come).
    /// Default 15; must divide 60 (the job's cron is <c>*/N * * * *</c>).</summary>
    [Range(1, 60)]
    public int SchedulerIntervalMinutes { get; set; } = 15;

    /// <summary>How many hours after a user's digest hour the digest may still go out (after an outage, say);
    /// later that day it is skipped rather than arriving in the afternoon. Default 4.</summary>
    [Range(1, 12)]
    public int SendWindowHours { get; set; } = 4;

    /// <summary>How long a digest whose send's outcome was lost (a timeout, a dropped connection, a crash mid-send)
    /// waits before it is resolved: then the sender mailbox is searched for its own copy of a message to the user (Drafts,
    /// then Sent Items); found, it is recorded as sent; not found, it is sent once more (by exactly one server). Longer than a send can take (the
    /// Graph client gives up after 100 s), so no send still in flight is taken for lost. Default 10 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan UnknownOutcomeGrace { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The cron of the scheduler job.</summary>
    internal string SchedulerCron => SchedulerIntervalMinutes == 60
        ? "0 * * * *"
        : "*/" + SchedulerIntervalMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture) + " * * * *";
}
