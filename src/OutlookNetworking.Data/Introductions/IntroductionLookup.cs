namespace OutlookNetworking.Data.Introductions;

/// <summary>What one introductions answer reads (<see cref="IntroductionStore.LookUpAsync"/>): the organisation's own
/// domains as they are now, and the index rows of the addresses and domains asked for.</summary>
public sealed record IntroductionLookup(IReadOnlyList<string> OwnDomains, IReadOnlyList<IntroductionTieRow> Rows);
