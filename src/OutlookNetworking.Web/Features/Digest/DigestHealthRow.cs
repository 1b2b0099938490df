namespace OutlookNetworking.Web.Features.Digest;

/// <summary>One network-health figure: its label, value and change, already formatted.</summary>
/// <param name="Name">The wire name (activeTies, ...), for tests and styling.</param>
/// <param name="Trend">+1 up, -1 down, 0 unchanged.</param>
public sealed record DigestHealthRow(string Name, string Label, string Value, string Change, int Trend);
