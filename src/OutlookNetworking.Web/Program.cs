using OutlookNetworking.Web.Features.Admin;
using OutlookNetworking.Web.Features.Auth;
using OutlookNetworking.Web.Features.Auth.Demo;
using OutlookNetworking.Web.Features.Consent;
using OutlookNetworking.Web.Features.Contacts;
using OutlookNetworking.Web.Features.DemoMailbox;
using OutlookNetworking.Web.Features.DemoNight;
using OutlookNetworking.Web.Features.DemoTenant;
using OutlookNetworking.Web.Features.Digest;
using OutlookNetworking.Web.Features.Home;
using OutlookNetworking.Web.Features.Lifecycle;
using OutlookNetworking.Web.Features.Me;
using OutlookNetworking.Web.Features.OpenApi;
using OutlookNetworking.Web.Features.People;
using OutlookNetworking.Web.Features.Security;
using OutlookNetworking.Web.Features.Security.Keys;
using OutlookNetworking.Web.Features.Suggestions;
using OutlookNetworking.Web.Features.TaskPane;
using OutlookNetworking.Web.Hosting;
using OutlookNetworking.Web.Hosting.Startup;

// The host's one command (migrate) runs and exits; the developer commands are in src/OutlookNetworking.Cli.
if (HostCommands.TryRun(args, Console.Error) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);
WebApplication? app = null;
try
{
    builder.RefuseIncompleteProductionSettings(); // outside Development: every production setting, in its form
    DemoEnvironment.AddIfEnabled(builder);
    builder.AddOutlookNetworkingServices();
    builder.AddOutlookNetworkingAuth();
    builder.AddOutlookNetworkingDigest();
    builder.AddOutlookNetworkingSecurity();
    builder.AddOutlookNetworkingAdmin();
    builder.AddOutlookNetworkingLifecycle();
    builder.AddTaskPaneApi();
    builder.AddTaskPaneFiles();

    app = builder.Build();
    StartupRefusals.ValidateOptionsNow(app.Services); // a bad option: one line and exit 1, not the host's stack trace
    app.UseOutlookNetworkingSecurityHeaders();
    app.UseTaskPaneFiles();  // the built task pane (wwwroot/taskpane): /taskpane/, compressed immutable assets
    app.UseOutlookNetworkingAuth();
    app.UseOutlookNetworkingSecurity();

    app.MapHomeApi();
    app.MapAuthApi();
    app.MapConsentApi();
    app.MapDemoAuthApi();
    app.MapDigestApi();
    app.MapDemoNightApi();
    app.MapAdminApi();
    app.MapMeApi();
    app.MapPeopleApi();
    app.MapSuggestionsApi();
    app.MapContactsApi();
    app.MapDemoMailboxApi();
    app.MapOpenApiDocument();

    await app.RunAsync();
}
catch (StartupRefusedException refused)
{
    // Data-protection keys without protection (issue 14): one line naming the setting, why and what to do; exit 1.
    await Console.Error.WriteLineAsync(refused.LogLine);
    return 1;
}
catch (Exception refused) when (StartupRefusals.LinesOf(refused) is { Count: > 0 } lines)
{
    // A refused configuration: one log line per setting (key, why, what to do), exit code 1, no stack trace.
    return await StartupRefusals.ReportAsync(builder.Configuration, app, lines);
}

return 0;
