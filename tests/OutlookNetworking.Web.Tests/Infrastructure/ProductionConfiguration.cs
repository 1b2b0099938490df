namespace OutlookNetworking.Web.Tests.Infrastructure;

/// <summary>A complete production configuration (what an admin sets; nothing secret is real), as configuration keys.</summary>
public static class ProductionConfiguration
{
    public const string PublicBaseUrl = "https://networking.contoso.example";

    public static Dictionary<string, string> Complete() => new()
    {
        ["AzureAd:ClientId"] = "6e3f1f5a-1c7e-4f7b-9c1a-5d2a8f0b7c31",
        ["AzureAd:Audience"] = "api://networking.contoso.example/6e3f1f5a-1c7e-4f7b-9c1a-5d2a8f0b7c31",
        ["AzureAd:ClientCredentials:0:SourceType"] = "ClientSecret",
        ["AzureAd:ClientCredentials:0:ClientSecret"] = "not-a-real-secret",
        ["App:PublicBaseUrl"] = PublicBaseUrl,
        ["AllowedHosts"] = "networking.contoso.example;localhost;127.0.0.1",
        ["Digest:SenderMailbox"] = "networking-digest@contoso.example",
        ["DataProtection:AllowUnprotectedKeys"] = "true",
    };

    /// <summary>The same keys as environment variables (<c>__</c> for <c>:</c>).</summary>
    public static Dictionary<string, string> AsEnvironment(this Dictionary<string, string> settings) =>
        settings.ToDictionary(kv => kv.Key.Replace(":", "__", StringComparison.Ordinal), kv => kv.Value);
}
