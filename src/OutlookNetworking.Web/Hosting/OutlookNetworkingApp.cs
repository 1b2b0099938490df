using OutlookNetworking.Web.Features.Admin;
using OutlookNetworking.Web.Features.Auth;
using OutlookNetworking.Web.Features.Consent;
using OutlookNetworking.Web.Features.Contacts;
using OutlookNetworking.Web.Features.Digest;
using OutlookNetworking.Web.Features.Home;
using OutlookNetworking.Web.Features.Introductions;
using OutlookNetworking.Web.Features.Lifecycle;
using OutlookNetworking.Web.Features.Me;
using OutlookNetworking.Web.Features.OpenApi;
using OutlookNetworking.Web.Features.People;
using OutlookNetworking.Web.Features.Security;
using OutlookNetworking.Web.Features.Security.Keys;
using OutlookNetworking.Web.Features.Suggestions;
using OutlookNetworking.Web.Features.TaskPane;
using OutlookNetworking.Web.Hosting.Startup;

namespace OutlookNetworking.Web.Hosting;

/// <summary>
/// The one way to compose the app: <see cref="AddOutlookNetworking"/>, <see cref="UseOutlookNetworking"/>,
/// <see cref="MapOutlookNetworking"/>, or all of it with a refused start turned into one line and exit code 1
/// (<see cref="RunAsync"/>). The production host (Program.cs) calls <see cref="RunAsync"/> as it is; the demo host
/// (src/OutlookNetworking.Demo) adds its services before and maps its pages after.
/// </summary>
public static class OutlookNetworkingApp
{
    /// <summary>Every service of the product, from configuration. Extension points (e.g. <see cref="IEntraIdStandIn"/>,
    /// <see cref="IHomePage"/>) must be registered before this.</summary>
    public static WebApplicationBuilder AddOutlookNetworking(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.RefuseIncompleteProductionSettings(); // outside Development: every production setting, in its form
        builder.AddOutlookNetworkingServices();
        builder.AddOutlookNetworkingAuth();
        builder.AddOutlookNetworkingDigest();
        builder.AddOutlookNetworkingSecurity();
        builder.AddOutlookNetworkingAdmin();
        builder.AddOutlookNetworkingLifecycle();
        builder.AddTaskPaneApi();
        builder.AddTaskPaneFiles();
        return builder;
    }

    /// <summary>Validates the options now (a bad option: one line and exit 1, not the host's stack trace), then the
    /// middleware, in order.</summary>
    public static WebApplication UseOutlookNetworking(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        StartupRefusals.ValidateOptionsNow(app.Services);
        app.UseOutlookNetworkingSecurityHeaders();
        app.UseTaskPaneFiles();  // the built task pane (wwwroot/taskpane): /taskpane/, compressed immutable assets
        app.UseEntraIdUnreachablePage(); // an admin sign-in that cannot reach Entra ID: a 503 page, not a blank 500
        app.UseOutlookNetworkingAuth();
        app.UseOutlookNetworkingSecurity();
        return app;
    }

    /// <summary>The product's endpoints: pages, the task-pane API and its OpenAPI document.</summary>
    public static WebApplication MapOutlookNetworking(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHomeApi();
        app.MapAuthApi();
        app.MapConsentApi();
        app.MapTombstoneApi();
        app.MapDigestApi();
        app.MapAdminApi();
        app.MapMeApi();
        app.MapPeopleApi();
        app.MapIntroductionsApi();
        app.MapSuggestionsApi();
        app.MapContactsApi();
        app.MapOpenApiDocument();
        return app;
    }

    /// <summary>Composes and runs the app until it stops; returns the exit code (<see cref="ExitCodes"/>). A refused
    /// configuration, in <paramref name="addBefore"/> or after, is one log line per reason and exit code 1, with no stack trace.</summary>
    /// <param name="addBefore">The host's own services and checks, before the product's (the demo's stand-ins).</param>
    /// <param name="addAfter">The host's own services that need the product's first (hosted services, which start after
    /// the store's migration).</param>
    /// <param name="mapAfter">The host's own endpoints, after the product's.</param>
    public static async Task<int> RunAsync(string[] args, Action<WebApplicationBuilder>? addBefore = null,
        Action<WebApplicationBuilder>? addAfter = null, Action<WebApplication>? mapAfter = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        WebApplication? app = null;
        try
        {
            addBefore?.Invoke(builder);
            builder.AddOutlookNetworking();
            addAfter?.Invoke(builder);
            app = builder.Build();
            app.UseOutlookNetworking();
            app.MapOutlookNetworking();
            mapAfter?.Invoke(app);
            await app.RunAsync();
        }
        catch (Exception refused) when (StartupRefusals.LinesOf(refused) is { Count: > 0 } lines)
        {
            // A refused configuration: one log line per setting (key, why, what to do), exit code 1, no stack trace.
            return await StartupRefusals.ReportAsync(builder.Configuration, app, lines);
        }

        return ExitCodes.Ok;
    }
}
