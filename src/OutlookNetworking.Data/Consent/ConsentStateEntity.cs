namespace OutlookNetworking.Data.Consent;

/// <summary>An admin-consent flow in progress (its single-use <c>state</c>), shared by every instance.</summary>
public sealed class ConsentStateEntity
{
    public string State { get; set; } = "";

    /// <summary>SHA-256 of the browser's binding nonce.</summary>
    public byte[] BrowserBindingHash { get; set; } = [];

    public DateTimeOffset ExpiresAt { get; set; }
}
