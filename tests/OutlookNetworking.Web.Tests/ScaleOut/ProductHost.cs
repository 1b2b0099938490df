using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OutlookNetworking.Cli.Commands;
using OutlookNetworking.Web.Features.Auth.AppTokens;
using OutlookNetworking.Web.Hosting;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.ScaleOut;

/// <summary>
/// One instance of the product as <c>Program.cs</c> composes it (<see cref="HostingExtensions.AddOutlookNetworkingServices"/>:
/// options, storage and its migration, Graph, engine, Hangfire server and recurring jobs, the role switch), in this
/// process, configured only through configuration keys, against a Graph simulator. App tokens are a fake (Entra ID
/// cannot exist here); the clock reads the snapshot's <c>now</c>.
/// </summary>
internal sealed class ProductHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private bool _stopped;

    private ProductHost(WebApplication app, string name)
    {
        _app = app;
        Name = name;
    }

    /// <summary>The Hangfire server name; Hangfire's server ids start with it.</summary>
    public string Name { get; }

    public T Get<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    public JobStorage Jobs => Get<JobStorage>();

    /// <summary>The port the instance serves HTTP on (roles that serve it).</summary>
    public int HttpPort => new Uri(Get<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First()).Port;

    /// <param name="settings">Configuration keys beyond the defaults (e.g. <c>Graph:MaxConcurrentRequests</c>).</param>
    /// <param name="wholeApp">The whole app as <see cref="OutlookNetworkingApp.RunAsync"/> composes it (its start-up checks,
    /// middleware and endpoints: <paramref name="settings"/> must then be a complete production configuration), not only
    /// its services.</param>
    public static async Task<ProductHost> StartAsync(string name, HostRole role, ScaleOutStore store, string graphBaseUrl,
        DateTimeOffset now, int workers = 4, IReadOnlyDictionary<string, string?>? settings = null, bool wholeApp = false)
    {
        HangfireLogging.Detach(); // a disposed host's logger factory may still be Hangfire's process-wide one
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = ["--role", role.ToString().ToLowerInvariant()],
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["App:DataDirectory"] = store.DataDirectory,
            ["Storage:Provider"] = store.Database.Provider.ToString(),
            ["Storage:ConnectionString"] = store.Database.Options.ConnectionString,
            ["Hangfire:Storage"] = store.JobStorage,
            ["Hangfire:ConnectionString"] = store.JobConnectionString,
            ["Hangfire:QueuePollInterval"] = "00:00:00.200",
            ["Hangfire:ServerName"] = name,
            ["Hangfire:WorkerCount"] = workers.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Graph:BaseUrl"] = graphBaseUrl,
            ["Graph:RetryBaseDelay"] = "00:00:00.050",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.WebHost.UseUrls("http://127.0.0.1:0"); // roles that serve HTTP take a free loopback port
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(new FixedTimeProvider(now));
        builder.Services.AddSingleton<IAppTokenSource>(new FakeAppTokenSource());
        if (wholeApp)
        {
            builder.Services.AddSingleton<IStartupFilter, TestAdminSignIn>(); // admin sign-in, as Entra ID cannot exist here
            builder.AddOutlookNetworking();
        }
        else
        {
            builder.AddOutlookNetworkingServices();
        }

        var app = builder.Build();
        if (wholeApp)
        {
            app.UseOutlookNetworking();
            app.MapOutlookNetworking();
        }

        await app.StartAsync();

        HangfireLogging.Detach(); // the host just made its own logger factory Hangfire's process-wide one
        return new ProductHost(app, name);
    }

    /// <summary>Stops the instance as a deployment or scale-in would: the Hangfire server stops taking jobs and
    /// cancels the ones it runs, which go back to the queue for the other servers.</summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _app.StopAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _app.DisposeAsync();
    }
}
