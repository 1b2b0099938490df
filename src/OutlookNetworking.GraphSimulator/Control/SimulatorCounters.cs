namespace OutlookNetworking.GraphSimulator.Control;

/// <summary>A point-in-time copy of the simulator's counters.</summary>
/// <param name="Requests">Requests answered under <c>/v1.0</c>, batch items included.</param>
/// <param name="FaultsByKind">Injected faults per kind (<see cref="FaultKind"/> names).</param>
/// <param name="MaxConcurrencyByMailbox">
/// Per mailbox (user id), the most requests seen in flight at once, the rejected one included: a
/// value above the limit means the client exceeded it.
/// </param>
/// <param name="ConcurrencyRejections">Requests answered 429 MailboxConcurrency.</param>
/// <param name="MetadataGuardRejections">Requests answered 403 because they would have read content.</param>
/// <param name="WithoutImmutableId">Requests for mailbox items sent without <c>Prefer: IdType="ImmutableId"</c>.</param>
public sealed record SimulatorCounters(
    long Requests,
    IReadOnlyDictionary<string, long> FaultsByKind,
    IReadOnlyDictionary<string, int> MaxConcurrencyByMailbox,
    long ConcurrencyRejections,
    long MetadataGuardRejections,
    long Unauthorized,
    long WithoutImmutableId);
