namespace OutlookNetworking.Demo.Features.DemoNight;

/// <summary>What <c>POST /demo/night</c> did: the night's mailboxes, and each due digest's outcome.</summary>
/// <param name="Mailboxes">Mailboxes the night synced and analysed (people only).</param>
/// <param name="Analysed">Of those, analysed during this run.</param>
/// <param name="Failed">Of those, not analysed (their job failed and waits for a retry).</param>
/// <param name="Digests">One entry per person with the digest on: their local date and the ledger's status.</param>
/// <param name="Sent">Digests sent by this run.</param>
/// <param name="OutboxCount">Messages in the simulator's outbox now (all runs).</param>
public sealed record DemoNightSummary(
    DateTimeOffset StartedAt,
    DateTimeOffset CompletedAt,
    int Mailboxes,
    int Analysed,
    int Failed,
    IReadOnlyList<DemoNightDigest> Digests,
    int Sent,
    int OutboxCount)
{
    /// <summary>People's mailboxes Graph would not let the app read (graph-fidelity GF-12): each with why, counted once,
    /// not retried during the night.</summary>
    public IReadOnlyList<DemoOutOfScopeMailbox> OutOfScope { get; init; } = [];

    /// <summary>The <see cref="Failed"/> mailboxes, each with its reason code.</summary>
    public IReadOnlyList<DemoFailedMailbox> FailedMailboxes { get; init; } = [];

    /// <summary>The night did not finish within the request's time: what it did so far (digests not yet).</summary>
    public bool TimedOut { get; init; }
}

/// <summary>A mailbox the night left out because Graph would not let the app read it.</summary>
/// <param name="Reason"><c>outsideAppScope</c> (403 ErrorAccessDenied) or <c>noExchangeMailbox</c> (404 MailboxNotEnabledForRESTAPI).</param>
public sealed record DemoOutOfScopeMailbox(string DisplayName, string UserPrincipalName, string Reason);
