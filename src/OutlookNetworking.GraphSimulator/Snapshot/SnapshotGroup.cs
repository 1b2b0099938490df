namespace OutlookNetworking.GraphSimulator.Snapshot;

/// <summary>A group of <c>groups.json</c>: a distribution list or Microsoft 365 group when <paramref name="MailEnabled"/>.</summary>
public sealed record SnapshotGroup(string Id, string? Mail, string? DisplayName, bool MailEnabled)
{
    /// <summary>
    /// A dynamic distribution group (<c>"recipientTypeDetails": "DynamicDistributionGroup"</c>, this project's
    /// extension): it exists in Exchange only, so <c>GET /groups</c> never lists it and its address resolves to no user,
    /// group or contact (graph-fidelity GF-14). Mail to it still carries its address.
    /// </summary>
    public bool IsDynamicDistributionGroup { get; init; }
}
