using System.ComponentModel.DataAnnotations;

namespace OutlookNetworking.Demo.Features.Auth;

/// <summary>The demo host's settings, bound from the "Demo" section: a local token issuer stands in for Entra ID.</summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    /// <summary>The API client id demo tokens carry when AzureAd:ClientId is not configured.</summary>
    public const string DefaultClientId = "0d3e5a8c-7d1f-4c1e-9a57-000000de0001";

    /// <summary>Lets the demo host listen on a non-loopback address (<c>0.0.0.0</c>, <c>*</c>, a LAN address). Default:
    /// false, the demo refuses to start so: its token issuer signs any user's token for whoever can reach it. When true,
    /// the demo logs a warning at start.</summary>
    public bool AllowNonLoopback { get; set; }

    /// <summary>Lifetime of tokens minted by <c>GET /demo/token</c>. Default: 1 hour (what Entra ID issues by default).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Where the local issuer keeps its RSA signing key (PEM). Default: null, a new key per run,
    /// so tokens from a previous run stop working after a restart.</summary>
    public string? SigningKeyPath { get; set; }

    /// <summary>The demo tenant's snapshot folder; generated there when missing. Default:
    /// <c>demo-tenant</c> in the app's data directory.</summary>
    public string? TenantPath { get; set; }

    /// <summary>Users of a generated demo tenant. Default 40.</summary>
    [Range(5, 5000)]
    public int Users { get; set; } = 40;

    /// <summary>Months of history of a generated demo tenant. Default 12.</summary>
    [Range(1, 36)]
    public int Months { get; set; } = 12;

    /// <summary>Seed of a generated demo tenant (the same seed gives the same tenant). Default 7.</summary>
    public int Seed { get; set; } = 7;

    /// <summary>Run a first night (sync and analysis of every mailbox) as soon as the host starts. Default true.</summary>
    public bool RunNightOnStart { get; set; } = true;

    /// <summary>The root URL (e.g. <c>http://127.0.0.1:5123/</c>) of a Graph simulator already running in another process
    /// (<c>serve-simulator</c>) over the same tenant as <see cref="TenantPath"/>. Default: none, the host starts its own.
    /// An outside simulator outlives the host: a crash test kills the host and still counts every mail it sent.</summary>
    public string? SimulatorUrl { get; set; }

    /// <summary>Stops the demo clock at the snapshot's <c>now</c> instead of running it on in real time, so every run
    /// analyses at the same instant (reproducible runs: crash tests compare a store with an uninterrupted run's).
    /// Default false.</summary>
    public bool FreezeClock { get; set; }
}
