namespace OutlookNetworking.GraphSimulator.Control;

/// <summary>A point-in-time copy of the simulator's counters.</summary>
/// <param name="Requests">Requests answered under <c>/v1.0</c>, batch items included.</param>
/// <param name="FaultsByKind">Injected faults per kind (<see cref="FaultKind"/> names).</param>
/// <param name="MaxConcurrencyByMailbox">
/// Per mailbox (user id), the most requests seen in flight at once, the rejected one included: a
/// value above the limit means the client exceeded it.
/// </param>
/// <param name="ConcurrencyRejections">Requests answered 429 for a mailbox's concurrency limit.</param>
/// <param name="MetadataGuardRejections">Requests answered 403 because they would have read content.</param>
/// <param name="WithoutImmutableId">Requests for mailbox items sent without <c>Prefer: IdType="ImmutableId"</c>.</param>
public sealed record SimulatorCounters(
    long Requests,
    IReadOnlyDictionary<string, long> FaultsByKind,
    IReadOnlyDictionary<string, int> MaxConcurrencyByMailbox,
    long ConcurrencyRejections,
    long MetadataGuardRejections,
    long Unauthorized,
    long WithoutImmutableId)
{
    /// <summary>The most Outlook requests (to any mailbox, batch steps included) seen in flight at once, the refused one
    /// included: above <see cref="SimulatorOptions.AppConcurrencyLimit"/> means the client exceeded it.</summary>
    public int MaxConcurrentRequests { get; init; }

    /// <summary>Requests answered 429 for the app's concurrency limit across mailboxes.</summary>
    public long AppConcurrencyRejections { get; init; }

    /// <summary>Requests answered 429 for a mailbox's 10,000 requests in 10 minutes.</summary>
    public long RateLimitRejections { get; init; }

    /// <summary>Requests answered 401 because their token had expired.</summary>
    public long ExpiredTokenRejections { get; init; }
}
