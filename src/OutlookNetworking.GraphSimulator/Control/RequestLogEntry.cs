namespace OutlookNetworking.GraphSimulator.Control;

/// <summary>One request the simulator answered under <c>/v1.0</c> (batch items are logged too).</summary>
/// <param name="PathAndQuery">The path (from <c>/v1.0</c>) and query string, as received.</param>
/// <param name="Prefer">Every <c>Prefer</c> header value, joined with ", "; null when none.</param>
/// <param name="ImmutableIdRequested">Whether <c>Prefer: IdType="ImmutableId"</c> was sent.</param>
/// <param name="MaxPageSizeRequested">The <c>odata.maxpagesize</c> preference, when sent.</param>
/// <param name="Fault">The injected fault (<see cref="FaultKind"/> name, or <c>MailboxConcurrency</c>), when any.</param>
/// <param name="MailboxId">The mailbox (user id) the request addressed, when it addressed one.</param>
/// <param name="At">The simulator clock when the request arrived.</param>
public sealed record RequestLogEntry(
    long Sequence,
    DateTimeOffset At,
    string Method,
    string PathAndQuery,
    string? Prefer,
    bool AuthorizationPresent,
    bool ImmutableIdRequested,
    int? MaxPageSizeRequested,
    int Status,
    string? Fault,
    string? MailboxId,
    bool IsBatchItem,
    double ElapsedMilliseconds)
{
    /// <summary>What the request was: a delta request, a <c>$batch</c>, a master read, a series re-read, …</summary>
    public RequestKind Kind => RequestKinds.Of(Method, PathAndQuery);
}
