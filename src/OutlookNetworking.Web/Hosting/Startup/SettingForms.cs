using System.Net;

namespace OutlookNetworking.Web.Hosting.Startup;

/// <summary>The forms a setting's value must have, each a test that reads no secret back into a message.</summary>
internal static class SettingForms
{
    public static bool IsGuid(string? value) => Guid.TryParse(value, out var id) && id != Guid.Empty;

    /// <summary>An absolute https URL without query or fragment (an origin, optionally with a path).</summary>
    public static bool IsHttpsUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
        && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment) && string.IsNullOrEmpty(uri.UserInfo);

    public static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>A user principal name or SMTP address: one <c>@</c> with something on both sides, no spaces.</summary>
    public static bool IsMailAddress(string? value) =>
        value is { Length: > 2 } text && text.IndexOf('@', StringComparison.Ordinal) is var at && at > 0 && at < text.Length - 1
        && text.IndexOf('@', at + 1) < 0 && !text.Any(char.IsWhiteSpace);

    public static bool IsIpAddress(string? value) => IPAddress.TryParse(value, out _);

    /// <summary>An IP network in CIDR notation, e.g. <c>10.0.0.0/8</c> or <c>fd00::/8</c>.</summary>
    public static bool IsNetwork(string? value) => IPNetwork.TryParse(value, out _);

    /// <summary>Shows a non-secret value in a message, shortened.</summary>
    public static string Quote(string? value) => value is null ? "(none)"
        : "'" + (value.Length > 60 ? value[..57] + "..." : value) + "'";
}
