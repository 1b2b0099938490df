using System.Net;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace OutlookNetworking.Web.Hosting.Operations;

/// <summary>What an instance needs to be run by a platform: the probes (<c>/healthz</c> live, <c>/readyz</c> ready),
/// forwarded headers from the configured proxies only, HSTS and Secure cookies outside Development, telemetry.</summary>
public static class OperationsExtensions
{
    /// <summary>Each readiness check gives up after this long (the probe then answers 503).</summary>
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(10);

    internal const string ReadyTag = "ready";

    public static WebApplicationBuilder AddOutlookNetworkingOperations(this WebApplicationBuilder builder, HostRole role)
    {
        var services = builder.Services;
        var checks = services.AddHealthChecks()
            .AddCheck<DatabaseReadyCheck>("database", HealthStatus.Unhealthy, [ReadyTag], ProbeTimeout)
            .AddCheck<JobStorageReadyCheck>("jobStorage", HealthStatus.Unhealthy, [ReadyTag], ProbeTimeout);
        if (role != HostRole.Web)
        {
            checks.AddCheck<JobServerReadyCheck>("jobServer", HealthStatus.Unhealthy, [ReadyTag], ProbeTimeout);
        }

        var configuration = builder.Configuration.GetSection("ForwardedHeaders");
        services.Configure<ForwardedHeadersOptions>(options => TrustConfiguredProxies(options, configuration));
        var production = !builder.Environment.IsDevelopment();
        services.Configure<CookiePolicyOptions>(options =>
            options.Secure = production ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);
        services.AddSingleton(new OperationsPipeline(role, production));
        services.AddTransient<IStartupFilter, OperationsStartupFilter>();
        services.AddSingleton<IPostConfigureOptions<Microsoft.AspNetCore.Authentication.OpenIdConnect.OpenIdConnectOptions>, PublicRedirects>();
        builder.AddOutlookNetworkingTelemetry();
        return builder;
    }

    /// <summary>Only the proxies an admin lists (<c>ForwardedHeaders:KnownProxies</c>, <c>…:KnownNetworks</c>) are believed;
    /// with none listed no forwarded header is (ASP.NET Core's default would trust the whole loopback network).</summary>
    private static void TrustConfiguredProxies(ForwardedHeadersOptions options, IConfigurationSection configuration)
    {
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        options.ForwardLimit = 1;
        foreach (var proxy in configuration.GetSection("KnownProxies").GetChildren())
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy.Value!));
        }

        foreach (var network in configuration.GetSection("KnownNetworks").GetChildren())
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network.Value!));
        }

        options.ForwardedHeaders = options.KnownProxies.Count + options.KnownIPNetworks.Count == 0
            ? ForwardedHeaders.None
            : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
    }
}
