using System.ComponentModel.DataAnnotations;

namespace OutlookNetworking.Web.Features.Auth.Demo;

/// <summary>Demo mode, bound from the "Demo" section: a local token issuer stands in for Entra ID.</summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    /// <summary>The API client id demo tokens carry when AzureAd:ClientId is not configured.</summary>
    public const string DefaultClientId = "0d3e5a8c-7d1f-4c1e-9a57-000000de0001";

    /// <summary>Turns demo mode on. Default: false. Refused when the environment is Production.</summary>
    public bool Enabled { get; set; }

    /// <summary>Lifetime of tokens minted by <c>GET /demo/token</c>. Default: 1 hour (what Entra ID issues by default).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Where the local issuer keeps its RSA signing key (PEM). Default: null, a new key per run,
    /// so tokens from a previous run stop working after a restart.</summary>
    public string? SigningKeyPath { get; set; }
}
