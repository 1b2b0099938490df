namespace OutlookNetworking.Demo.Features.DemoNight;

/// <summary>One user's digest in a demo night: <c>Status</c> is the ledger's (sent, nothingToSay, reserved,
/// failed) or <c>none</c>; <c>PreviewUrl</c> shows it.</summary>
public sealed record DemoNightDigest(string DisplayName, string Upn, string LocalDate, string Status, string PreviewUrl);
