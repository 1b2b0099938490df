using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Interactions;
using OutlookNetworking.Core.Relationships;

namespace OutlookNetworking.Core.Detectors;

/// <summary>One contact as the detectors see it: the gathered touches, the figures now, and the
/// relationship when the tie is two-way.</summary>
internal sealed class ContactView(ContactLedger ledger, TieStats stats, string? displayName, bool isInternal)
{
    public ContactLedger Ledger { get; } = ledger;

    public TieStats Stats { get; } = stats;

    public string Address => Ledger.Address;

    public string? DisplayName { get; } = displayName;

    public bool IsInternal { get; } = isInternal;

    /// <summary>The relationship (two-way ties only).</summary>
    public Relationship? Relationship { get; set; }

    /// <summary>The tie's state now (meaningful for relationships).</summary>
    public TieState State { get; set; }

    /// <summary>The name to use in a sentence: the display name, else the address.</summary>
    public string Name => string.IsNullOrWhiteSpace(DisplayName) ? Address : DisplayName;
}
