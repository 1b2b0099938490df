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

// The host's one command (migrate) runs and exits; the developer commands are in src/OutlookNetworking.Cli.
if (HostCommands.TryRun(args, Console.Error) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);
try
{
    DemoEnvironment.AddIfEnabled(builder);
    builder.AddOutlookNetworkingServices();
    builder.AddOutlookNetworkingAuth();
    builder.AddOutlookNetworkingDigest();
    builder.AddOutlookNetworkingSecurity();
    builder.AddOutlookNetworkingAdmin();
    builder.AddOutlookNetworkingLifecycle();
    builder.AddTaskPaneApi();
    builder.AddTaskPaneFiles();
}
catch (StartupRefusedException refused)
{
    // One line naming the setting, why and what to do; exit code 1; no stack trace.
    await Console.Error.WriteLineAsync(refused.LogLine);
    return 1;
}

var app = builder.Build();
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
return 0;
