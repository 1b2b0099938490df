namespace OutlookNetworking.Web.Features.Digest;

/// <summary>One month of the activity chart: label ("Jun"), contact days, and the bar height in pixels.</summary>
public sealed record DigestActivityBar(string Month, int ContactDays, int HeightPx);
