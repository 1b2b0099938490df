using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Graph;
using OutlookNetworking.Graph.Client;
using OutlookNetworking.GraphSimulator;
using OutlookNetworking.GraphSimulator.Snapshot;
using OutlookNetworking.Web.Features.DirectorySync;
using OutlookNetworking.Web.Features.Sync;
using OutlookNetworking.Web.Hosting;

namespace OutlookNetworking.Cli.Commands;

/// <summary>
/// <c>analyze --tenant DIR [--user UPN] [--json]</c>: serves DIR with the Graph simulator on a free
/// loopback port, syncs every mailbox (or one) through the real Graph SDK into a fresh store, runs the
/// engine at the snapshot's <c>now</c>, and prints a table, or one JSON document on stdout. Progress
/// goes to stderr. Exit codes: 0 done, 1 failed, 2 bad input (missing folder, body fields, bad arguments).
/// </summary>
internal static class AnalyzeCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (AnalyzeArguments.Parse(args, error) is not { } arguments)
        {
            return 2;
        }

        GraphSimulatorHost simulator;
        try
        {
            simulator = await GraphSimulatorHost.StartAsync(new SimulatorOptions { SnapshotPath = arguments.TenantPath });
        }
        catch (Exception ex) when (ex is SnapshotFormatException or DirectoryNotFoundException or FileNotFoundException)
        {
            await error.WriteLineAsync($"analyze: {ex.Message}");
            return 2;
        }

        await using (simulator)
        {
            foreach (var line in simulator.Snapshot.LoadReport.Errors)
            {
                await error.WriteLineAsync($"skipped {line.File}:{line.Line}: {line.Reason}");
            }

            var dataDirectory = Directory.CreateTempSubdirectory("outlooknetworking-analyze-");
            try
            {
                return await AnalyzeAsync(simulator, arguments, dataDirectory.FullName, output, error);
            }
            finally
            {
                SqliteConnection.ClearAllPools();
                dataDirectory.Delete(recursive: true);
            }
        }
    }

    private static async Task<int> AnalyzeAsync(GraphSimulatorHost simulator, AnalyzeArguments arguments, string dataDirectory,
        TextWriter output, TextWriter error)
    {
        var snapshot = simulator.Snapshot;
        var now = snapshot.Now ?? TimeProvider.System.GetUtcNow();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft", LogLevel.Error));
        services.AddOutlookNetworkingPipeline(new PipelineSetup
        {
            Storage = new StorageOptions
            {
                Provider = StorageProvider.Sqlite,
                ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDirectory, "analyze.db") }.ToString(),
            },
            Clock = new FixedTimeProvider(now),
            Tokens = new StaticGraphTokenSource(),
            Graph = new GraphOptions { BaseUrl = simulator.BaseUrl },
        });
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);

        var tenantId = Guid.Parse(snapshot.Tenant.TenantId);
        await provider.ConsentAndReadDirectoryAsync(tenantId, snapshot.Tenant.DisplayName, snapshot.Tenant.Domains, now,
            CancellationToken.None);
        var mailboxes = await provider.GetRequiredService<MailboxStore>().ListSyncableAsync(tenantId, CancellationToken.None);
        if (arguments.User is { } wanted)
        {
            mailboxes = mailboxes.Where(m => string.Equals(m.UserPrincipalName, wanted, StringComparison.OrdinalIgnoreCase)
                                             || string.Equals(m.Mail, wanted, StringComparison.OrdinalIgnoreCase)).ToList();
            if (mailboxes.Count == 0)
            {
                await error.WriteLineAsync($"analyze: no mailbox '{wanted}' in the snapshot.");
                return 2;
            }
        }

        var pipeline = provider.GetRequiredService<MailboxPipeline>();
        var users = new List<AnalyzeUser>();
        foreach (var mailbox in mailboxes)
        {
            await error.WriteLineAsync($"syncing and analysing {mailbox.DisplayName} ...");
            var key = new MailboxKey(mailbox.TenantId, mailbox.UserId);
            var (report, result) = await pipeline.SyncAndAnalyzeAsync(key, CancellationToken.None);
            var skipped = new SortedDictionary<string, int>(report.Skipped.ToDictionary(), StringComparer.Ordinal);
            var loaderSkipped = snapshot.LoadReport.SkippedLinesFor(mailbox.UserId.ToString());
            if (loaderSkipped > 0)
            {
                skipped["malformedLine"] = loaderSkipped;
            }

            users.Add(ToUser(mailbox, skipped, result!));
        }

        var document = new AnalyzeReport(new AnalyzeTenant(snapshot.Tenant.TenantId, snapshot.Tenant.DisplayName, snapshot.Tenant.Domains),
            now, users, ScoreSharing.Summarize(users));
        if (arguments.Json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(document, Json));
        }
        else
        {
            await AnalyzeTable.WriteAsync(document, output);
        }

        return 0;
    }

    private static AnalyzeUser ToUser(MailboxEntity mailbox, IReadOnlyDictionary<string, int> skipped, AnalysisResult result) => new(
        mailbox.UserId, mailbox.Mail, mailbox.DisplayName, skipped,
        result.Relationships.Select(r => new AnalyzeContact(r.ContactAddress, r.DisplayName,
            Math.Round(r.Strength, 4), StrengthLabels.ToWireName(r.Label), r.FirstContact.ToUniversalTime(),
            r.LastContact.ToUniversalTime(), r.ContactDays, r.Sent, r.Received, r.Meetings,
            r.MedianGapDays is { } gap ? Math.Round(gap, 2) : null)).ToList(),
        result.Suggestions.Select(s => new AnalyzeSuggestion(SuggestionKindNames.ToWireName(s.Suggestion.Kind),
            new AnalyzeSuggestionContact(s.Suggestion.ContactAddress, s.Suggestion.ContactDisplayName),
            Math.Round(s.Suggestion.Score, 4), s.Today, s.Suggestion.Reason, s.Suggestion.Evidence)).ToList(),
        ScoreSharing.CountSharing(result.Suggestions.Select(s => s.Suggestion.Score)));

    internal static string Format(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
