namespace OutlookNetworking.Cli.Commands.Chaos;

/// <summary>What one run left in the store, and what it went through to get there.</summary>
/// <param name="Store">Every message, meeting and relationship row, per mailbox.</param>
/// <param name="FaultsByKind">Faults the simulator injected, by kind (batch items included).</param>
/// <param name="BatchItemFaults">Of those, faults answered inside a <c>$batch</c> (throttled or failed steps).</param>
/// <param name="TokenExpiries">Times every delta and next link of a mailbox was expired (mid-run and between rounds).</param>
/// <param name="Requests">Requests the simulator answered.</param>
/// <param name="PageRetries">Pages fetched again by the sync after a transient failure.</param>
/// <param name="Restarts">Streams started over after a 410 Gone.</param>
/// <param name="JobRetries">Mailbox jobs run again after they failed (as Hangfire would).</param>
/// <param name="ItemsSynced">Messages and meetings upserted over all rounds.</param>
internal sealed record ChaosOutcome(
    StoreImage Store,
    IReadOnlyDictionary<string, long> FaultsByKind,
    int BatchItemFaults,
    int TokenExpiries,
    long Requests,
    int PageRetries,
    int Restarts,
    int JobRetries,
    int ItemsSynced)
{
    public long FaultsInjected => FaultsByKind.Values.Sum();
}
