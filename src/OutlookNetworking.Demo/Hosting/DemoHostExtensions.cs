using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using OutlookNetworking.Demo.Features.Admin;
using OutlookNetworking.Demo.Features.Auth;
using OutlookNetworking.Demo.Features.DemoMailbox;
using OutlookNetworking.Demo.Features.DemoNight;
using OutlookNetworking.Demo.Features.DemoTenant;
using OutlookNetworking.Demo.Features.Home;
using OutlookNetworking.Web.Features.Admin;
using OutlookNetworking.Web.Features.Auth;
using OutlookNetworking.Web.Features.Auth.AppTokens;
using OutlookNetworking.Web.Features.Digest;
using OutlookNetworking.Web.Features.Home;

namespace OutlookNetworking.Demo.Hosting;

/// <summary>
/// What the demo adds to the production app, around <c>OutlookNetworkingApp</c>'s composition: before it, the start
/// guard (<see cref="DemoStartGuard"/>), the demo tenant and its simulator and clock, the stand-in for Entra ID
/// (local issuer, app tokens, admin sign-in) and the demo home page; after it, the seeders (hosted services, which
/// start after the store's migration); and the <c>/demo</c> endpoints.
/// </summary>
public static partial class DemoHostExtensions
{
    /// <summary>The demo's services and extension points; call before <c>AddOutlookNetworking</c>.</summary>
    public static WebApplicationBuilder AddOutlookNetworkingDemo(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        DemoStartGuard.Check(builder);
        AddClientIdFallback(builder.Configuration);
        var services = builder.Services;
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        DemoEnvironment.Add(builder);

        services.AddSingleton<IEntraIdStandIn, DemoEntraIdStandIn>();
        services.AddScoped<IHomePage, DemoHome>();
        services.AddSingleton<DemoSigningKey>();
        services.AddSingleton<DemoTokenIssuer>();
        services.AddSingleton<IPostConfigureOptions<JwtBearerOptions>, DemoJwtBearerPostConfigure>();
        services.AddSingleton<DemoAppTokenSource>();
        services.AddSingleton<IAppTokenSource>(sp => sp.GetRequiredService<DemoAppTokenSource>());
        services.Configure<CookieAuthenticationOptions>(AdminPolicies.CookieScheme, o => o.LoginPath = DemoAdminSignInApi.Path);
        services.AddSingleton<DemoNightRunner>();
        services.AddSingleton<DemoMessagesReader>();
        // The digest's sender: the snapshot's shared mailbox (or its first user) unless Digest:SenderMailbox names one.
        services.AddOptions<DigestOptions>().PostConfigure<DemoEnvironment>((options, demo) =>
        {
            if (string.IsNullOrWhiteSpace(options.SenderMailbox))
            {
                var users = demo.Snapshot.Users;
                var sender = users.FirstOrDefault(u => u.UserPurpose == "shared") ?? (users.Count > 0 ? users[0] : null);
                options.SenderMailbox = sender?.Mail ?? sender?.UserPrincipalName;
            }
        });
        return builder;
    }

    /// <summary>The demo's hosted services; call after <c>AddOutlookNetworking</c> (the store is migrated first).</summary>
    public static WebApplicationBuilder AddOutlookNetworkingDemoSeeders(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHostedService<DemoTenantSeeder>();
        builder.Services.AddHostedService<DemoIntroductionsSeeder>();
        builder.Services.AddHostedService<DemoTenantConsentSeeder>();
        return builder;
    }

    /// <summary>The <c>/demo</c> endpoints: sign-in and tokens, the night, the outbox, the simulated mailbox, admin sign-in.</summary>
    public static WebApplication MapOutlookNetworkingDemo(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapDemoAuthApi();
        app.MapDemoNightApi();
        app.MapDemoMailboxApi();
        app.MapDemoAdminSignIn();
        var demo = app.Services.GetRequiredService<IOptions<DemoOptions>>().Value;
        if (demo.AllowNonLoopback && DemoStartGuard.NonLoopbackAddresses(app.Configuration) is { Count: > 0 } open)
        {
            LogNonLoopback(app.Logger, string.Join(", ", open));
        }

        return app;
    }

    /// <summary>The demo needs no app registration: without AzureAd:ClientId it uses <see cref="DemoOptions.DefaultClientId"/>.</summary>
    private static void AddClientIdFallback(ConfigurationManager configuration)
    {
        var clientIdKey = EntraIdOptions.SectionName + ":" + nameof(EntraIdOptions.ClientId);
        if (string.IsNullOrEmpty(configuration[clientIdKey]))
        {
            configuration.AddInMemoryCollection([new(clientIdKey, DemoOptions.DefaultClientId)]);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo:AllowNonLoopback=true: the demo listens on {Addresses}, beyond this "
        + "machine. Its token issuer signs any user's token for whoever reaches it: use a network you trust, and never real data.")]
    private static partial void LogNonLoopback(ILogger logger, string addresses);
}
