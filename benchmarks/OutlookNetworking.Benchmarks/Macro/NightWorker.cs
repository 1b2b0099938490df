using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Azure.Core;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Cli.Commands;
using OutlookNetworking.Web.Features.Auth.AppTokens;
using OutlookNetworking.Web.Features.DirectorySync;
using OutlookNetworking.Web.Features.Jobs;
using OutlookNetworking.Web.Hosting;

namespace OutlookNetworking.Benchmarks.Macro;

/// <summary>
/// <c>macro-child night --graph URL --snapshot DIR --name NAME (--sqlite FILE | --postgres CS) [--trigger]</c>: one
/// instance of the product (its host composition: storage, Graph, engine, Hangfire server) against the simulator.
/// SQLite runs the embedded default (Hangfire in memory, role all); PostgreSQL runs a worker on shared job storage.
/// It prints <c>ready</c> once its server runs. With <c>--trigger</c> it consents the tenant, queues the tenant's night
/// as the recurring job would, waits until every job is done and prints the wall time as JSON; without, it works until
/// killed.
/// </summary>
internal static class NightWorker
{
    public static async Task<int> RunAsync(ChildArguments arguments)
    {
        var tenant = TenantFacts.Read(arguments.Required("snapshot"));
        var postgres = arguments.Optional("postgres");
        var settings = new Dictionary<string, string?>
        {
            ["App:DataDirectory"] = Path.GetTempPath(),
            ["Storage:Provider"] = postgres is null ? "Sqlite" : "PostgreSql",
            ["Storage:ConnectionString"] = postgres ?? $"Data Source={arguments.Required("sqlite")};Pooling=True",
            ["Hangfire:Storage"] = postgres is null ? "InMemory" : "PostgreSql",
            ["Hangfire:ConnectionString"] = postgres,
            ["Hangfire:QueuePollInterval"] = "00:00:00.500",
            ["Hangfire:ServerName"] = arguments.Required("name"),
            ["Graph:BaseUrl"] = arguments.Required("graph"),
        };
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = ["--role", postgres is null ? "all" : "worker"],
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(new FixedTimeProvider(tenant.Now));
        builder.Services.AddSingleton<IAppTokenSource, LocalAppTokens>();
        builder.AddOutlookNetworkingServices();
        await using var app = builder.Build();
        await app.StartAsync();
        Console.WriteLine("ready");
        if (!arguments.Flag("trigger"))
        {
            await app.WaitForShutdownAsync();
            return 0;
        }

        var services = app.Services;
        await services.GetRequiredService<TenantStore>().RecordConsentAsync(tenant.TenantId, tenant.Name, tenant.Domains, null, tenant.Now,
            CancellationToken.None);
        await services.GetRequiredService<DirectoryRefresher>().RefreshAsync(tenant.TenantId, CancellationToken.None);
        var mailboxes = (await services.GetRequiredService<MailboxStore>().ListSyncableAsync(tenant.TenantId, CancellationToken.None)).Count;
        var storage = services.GetRequiredService<JobStorage>();
        var monitoring = storage.GetMonitoringApi();

        var clock = Stopwatch.StartNew();
        services.GetRequiredService<IBackgroundJobClient>().Enqueue<TenantNightJob>(job => job.RunAsync(tenant.TenantId, tenant.Name, CancellationToken.None));
        while (true)
        {
            var statistics = monitoring.GetStatistics();
            if (statistics.Enqueued + statistics.Processing + statistics.Scheduled == 0 && monitoring.SucceededListCount() + statistics.Failed >= 1 + mailboxes)
            {
                break;
            }

            await Task.Delay(100);
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var byServer = monitoring.SucceededJobs(0, 1_000_000)
            .Select(j => monitoring.JobDetails(j.Key).History.FirstOrDefault(h => h.StateName == "Processing")?.Data is { } data
                && data.TryGetValue("ServerId", out var server) ? server : null)
            .GroupBy(id => id?.Split(':')[0] ?? "?")
            .ToDictionary(g => g.Key, g => g.Count());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $$"""{"seconds":{{seconds:0.000}},"mailboxes":{{mailboxes}},"failed":{{monitoring.GetStatistics().Failed}},"peakKb":{{PeakMemory.PeakWorkingSetKilobytes()}},"byServer":{{JsonSerializer.Serialize(byServer)}}}"""));
        await app.StopAsync();
        return 0;
    }

    /// <summary>App-only tokens the local simulator accepts (Entra ID does not exist here).</summary>
    private sealed class LocalAppTokens : IAppTokenSource
    {
        public Task<AccessToken> GetGraphTokenAsync(Guid tenantId, CancellationToken ct) =>
            Task.FromResult(new AccessToken("bench-local", DateTimeOffset.MaxValue));
    }
}
