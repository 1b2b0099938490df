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
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OutlookNetworking.Graph.Permissions;
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
    private static readonly TimeSpan StallTimeout = TimeSpan.FromSeconds(30);

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
        // Warnings and errors (a refused night, a failed job) reach the parent's log through stderr; nothing else.
        // (EF's failed command on a fresh database's missing migrations history is expected, and not logged.)
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true)
            .AddFilter((category, level) => level >= LogLevel.Warning && category != "Microsoft.EntityFrameworkCore.Database.Command");
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
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
        // The night refuses a tenant whose app token lacks its tid or a required role (and then queues nothing): say so
        // at once instead of waiting for mailbox jobs that never come.
        if (!await services.GetRequiredService<TenantGrantCheck>().GrantedAsync(tenant.TenantId, CancellationToken.None))
        {
            await Console.Error.WriteLineAsync("night refused: the app token lacks the tenant's tid or a required role");
            return 1;
        }

        var storage = services.GetRequiredService<JobStorage>();
        var monitoring = storage.GetMonitoringApi();

        var clock = Stopwatch.StartNew();
        services.GetRequiredService<IBackgroundJobClient>().Enqueue<TenantNightJob>(job => job.RunAsync(tenant.TenantId, tenant.Name, CancellationToken.None));
        var progress = (Seen: "", At: clock.Elapsed);
        while (true)
        {
            var statistics = monitoring.GetStatistics();
            var succeeded = monitoring.SucceededListCount();
            if (statistics.Enqueued + statistics.Processing + statistics.Scheduled == 0 && succeeded + statistics.Failed >= 1 + mailboxes)
            {
                break;
            }

            // A stalled night (nothing queued or running, or retries only) fails promptly with what it saw.
            var seen = $"enqueued {statistics.Enqueued}, processing {statistics.Processing}, scheduled {statistics.Scheduled}, succeeded {succeeded}, failed {statistics.Failed}";
            if (seen != progress.Seen)
            {
                progress = (seen, clock.Elapsed);
            }
            else if (clock.Elapsed - progress.At > StallTimeout && statistics.Processing == 0)
            {
                await Console.Error.WriteLineAsync($"night stalled for {StallTimeout.TotalSeconds:0} s ({seen}; {1 + mailboxes} jobs expected)");
                return 1;
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

    /// <summary>App-only tokens the local simulator accepts (Entra ID does not exist here), shaped as Entra ID's after an
    /// admin consent: the tenant's <c>tid</c> and every requested application role (the night's grant check reads them),
    /// unsigned (the simulator reads the roles, it checks no signature).</summary>
    private sealed class LocalAppTokens : IAppTokenSource
    {
        private static readonly JsonWebTokenHandler Handler = new();

        public Task<AccessToken> GetGraphTokenAsync(Guid tenantId, CancellationToken ct)
        {
            var expires = new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);
            var token = Handler.CreateToken(new SecurityTokenDescriptor
            {
                Issuer = $"https://sts.windows.net/{tenantId:D}/",
                Audience = "https://graph.microsoft.com",
                Expires = expires.UtcDateTime,
                IssuedAt = expires.AddHours(-1).UtcDateTime,
                NotBefore = expires.AddHours(-1).UtcDateTime,
                Claims = new Dictionary<string, object>
                {
                    ["tid"] = tenantId.ToString("D"),
                    ["idtyp"] = "app",
                    ["roles"] = GraphPermissions.Requested.Select(p => p.Name).ToArray(),
                },
            });
            return Task.FromResult(new AccessToken(token, expires));
        }
    }
}
