namespace OutlookNetworking.Data.Introductions;

/// <summary>What one introductions answer reads (<see cref="IntroductionStore.LookUpAsync"/>): the organisation's own
/// domains as they are now, the index rows of the addresses asked for, and all the rows at the domain of each address
/// asked whom no discoverable colleague (other than the asker) knows, when that domain was asked for.</summary>
public sealed record IntroductionLookup(IReadOnlyList<string> OwnDomains, IReadOnlyList<IntroductionTieRow> Rows);
