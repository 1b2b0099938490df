using System.ComponentModel.DataAnnotations;

namespace OutlookNetworking.Graph;

/// <summary>Configuration section <c>Graph</c>: where Microsoft Graph is and how sync pages it.</summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";

    /// <summary>Graph's base URL. Default the public cloud, <c>https://graph.microsoft.com/v1.0</c>;
    /// demo mode and tests point it at the simulator.</summary>
    [Required]
    [Url]
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>Items per delta page asked with <c>Prefer: odata.maxpagesize</c>. Default 500:
    /// large enough that a 40,000-message mailbox needs 80 requests, small enough to keep a page
    /// (about 450 KB of metadata) cheap to hold and to retry.</summary>
    [Range(10, 1000)]
    public int PageSize { get; set; } = 500;

    /// <summary>Concurrent requests per mailbox. Default 4: Exchange Online's documented limit per
    /// app and mailbox; a fifth is throttled.</summary>
    [Range(1, 4)]
    public int MaxConcurrentRequestsPerMailbox { get; set; } = 4;

    /// <summary>Concurrent Graph requests of the whole deployment, across all its workers (held in the shared PostgreSQL
    /// store when there are several instances, in process otherwise); a <c>$batch</c> counts as many as Graph runs of it at
    /// once (up to 4). Default 4: the stricter reading of Graph's Outlook limit, 4 concurrent requests per app across all
    /// mailboxes (docs: throttling-limits; graph-fidelity GF-16). Raise it only if your tenant's limit is per mailbox.</summary>
    [Range(1, 256)]
    public int MaxConcurrentRequests { get; set; } = 4;

    /// <summary>How far back the calendar is read. Default 13 months: a year of rhythm plus a month
    /// of margin for the monthly series.</summary>
    [Range(1, 60)]
    public int CalendarMonthsBack { get; set; } = 13;

    /// <summary>How far ahead the calendar is read. Default 1 month.</summary>
    [Range(1, 12)]
    public int CalendarMonthsAhead { get; set; } = 1;

    /// <summary>Recurring series with an occurrence from this many days back to the end of the calendar window are read
    /// again each night (one request per series) to learn occurrences cancelled since: Graph's delta round does not say
    /// (graph-fidelity GF-4). Default 31: a month of recent meetings plus every upcoming one; a cancellation further back
    /// is learnt only when the calendar is read from scratch.</summary>
    [Range(0, 400)]
    public int SeriesRecheckDays { get; set; } = 31;

    /// <summary>The mail folder list is read again after this long. Default 20 hours: once per night,
    /// so a sync with no changes costs one request per folder.</summary>
    public TimeSpan FolderRefreshInterval { get; set; } = TimeSpan.FromHours(20);

    /// <summary>Attempts per page after the SDK's own retries gave up (throttling, 5xx, dropped
    /// connections, truncated pages). Default 6, with exponential back-off from
    /// <see cref="RetryBaseDelay"/>.</summary>
    [Range(1, 20)]
    public int MaxPageAttempts { get; set; } = 6;

    /// <summary>Base back-off in seconds of the Graph SDK's own retry handler when an answer (a 504, say) has no
    /// Retry-After. Default 3, the SDK's default; tests lower it.</summary>
    [Range(0, 180)]
    public int SdkRetryDelaySeconds { get; set; } = 3;

    /// <summary>First back-off between page attempts (doubles each time, capped at 30 s). Default 1 s.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);
}
