using System.ComponentModel.DataAnnotations;

namespace OutlookNetworking.Web.Features.Jobs;

/// <summary>Where Hangfire keeps its jobs.</summary>
public enum JobStorageKind
{
    /// <summary>In the process's memory: one instance (the embedded default).</summary>
    InMemory,

    /// <summary>PostgreSQL: any number of instances share the work.</summary>
    PostgreSql,
}

/// <summary>Configuration section <c>Hangfire</c>.</summary>
public sealed class JobsOptions
{
    public const string SectionName = "Hangfire";

    /// <summary>Default <see cref="JobStorageKind.InMemory"/>.</summary>
    public JobStorageKind Storage { get; set; } = JobStorageKind.InMemory;

    /// <summary>PostgreSQL connection string for <see cref="JobStorageKind.PostgreSql"/> (may equal the data store's).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Cron of each tenant's nightly run, in the tenant's time zone. Default <c>0 1 * * *</c> (01:00).</summary>
    [Required]
    public string NightlyCron { get; set; } = "0 1 * * *";

    /// <summary>Time zone (IANA or Windows id) of every tenant's <see cref="NightlyCron"/>. Default: each tenant's own,
    /// the most common time zone of its mailboxes (learnt at its first night; UTC until then).</summary>
    public string? NightlyTimeZone { get; set; }

    /// <summary>Worker threads per instance. Default: 2 per core, at least 4 (the work waits on Graph, not the CPU).</summary>
    [Range(1, 256)]
    public int WorkerCount { get; set; } = Math.Max(4, Environment.ProcessorCount * 2);

    /// <summary>How often queues are polled on PostgreSQL. Default 5 s.</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>On PostgreSQL: how long a job taken by a server that stopped heart-beating (crashed, killed) stays
    /// invisible before another server takes it over. A live server keeps its jobs however long they run (sliding).
    /// Default 5 minutes.</summary>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>This instance's name among Hangfire servers (the dashboard and job history show it; Hangfire
    /// appends a unique suffix). Default <c>machine:process-id</c>.</summary>
    public string? ServerName { get; set; }

    /// <summary>Attempts of a mailbox job before it is reported as failed (not retried forever). Default 4.</summary>
    [Range(0, 20)]
    public int MailboxAttempts { get; set; } = 4;

    /// <summary>
    /// How long a mailbox Graph would not let the app read (out of scope: 403 ErrorAccessDenied, 404
    /// MailboxNotEnabledForRESTAPI; graph-fidelity GF-12) waits before a night tries it again when nothing changed it.
    /// A directory change to it, or admin consent granted again, makes the next night try it at once. Default 7 days:
    /// a try costs one request, and an Exchange scope change cannot be seen any other way.
    /// </summary>
    [Range(typeof(TimeSpan), "01:00:00", "90.00:00:00")]
    public TimeSpan OutOfScopeRecheckInterval { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Most minutes a mailbox's sync may hold its lock. Default 60.</summary>
    [Range(1, 24 * 60)]
    public int MailboxLockMinutes { get; set; } = 60;

    /// <summary>How long offboarding and a user's erasure wait for a running night or mailbox sync of theirs (they take
    /// the same locks); after that nothing is deleted and the caller is told to try again (409). Default 30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan DeletionLockWait { get; set; } = TimeSpan.FromSeconds(30);
}
