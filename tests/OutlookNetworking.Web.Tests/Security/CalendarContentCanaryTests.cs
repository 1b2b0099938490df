using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Npgsql;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Graph.Permissions;
using OutlookNetworking.Web.Tests.Infrastructure;
using OutlookNetworking.Web.Tests.Jobs;
using OutlookNetworking.Web.Tests.Pipeline;
using OutlookNetworking.Web.Tests.Sync.Calendar;

namespace OutlookNetworking.Web.Tests.Security;

/// <summary>
/// Graph sends calendar content the product cannot refuse (graph-fidelity GF-3: no <c>$select</c> on calendarView/delta;
/// GF-6: with <c>Calendars.Read</c>, what Exchange RBAC grants, bodies come too). Canaries planted in message subjects
/// and in event subjects, locations, bodies and previews go through a full night (directory, sync, analysis, digests)
/// with a token holding <c>Calendars.Read</c>, on SQLite and on PostgreSQL: none may be found in the SQLite file (WAL
/// included), in a <c>pg_dump</c> of the PostgreSQL database, or in any log entry of any level.
/// </summary>
public sealed class CalendarContentCanaryTests : IDisposable
{
    private readonly string _tenant = CanaryTenant.Write(GeneratedTenants.Small);

    public void Dispose() => Directory.Delete(_tenant, recursive: true);

    [Fact]
    public async Task FullNightWithCalendarsRead_Gf03_Gf06_CanariesNowhereInTheSqliteFileThePostgresDumpOrTheLogs()
    {
        var log = new CapturedLog();
        // Every role (the night re-checks the required ones) and Calendars.Read, which lets bodies reach the product.
        string[] roles = [.. GraphPermissions.All.Select(p => p.Name), "Calendars.Read"];
        var leaks = new List<string>();

        await using (var night = await NightHarness.StartAsync(_tenant, StorageProvider.Sqlite, roles: roles, logging: Capture(log)))
        {
            Assert.Contains(CanaryTenant.EventBody, await CalendarAsServedAsync(night, night.Token)); // the content really came over the wire
            await RunFullNightAsync(night);
            Assert.True((await DatabaseScan.ReadAllAsync(night.Services)).Count(r => r.Table == "meetings") > 50);
            SqliteConnection.ClearAllPools();
            var file = new SqliteConnectionStringBuilder(night.Database.Options.ConnectionString).DataSource;
            foreach (var part in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
            {
                leaks.AddRange(Find(Encoding.UTF8.GetString(await File.ReadAllBytesAsync(part)), Path.GetFileName(part)));
            }
        }

        await using (var night = await NightHarness.StartAsync(_tenant, StorageProvider.PostgreSql, roles: roles, logging: Capture(log)))
        {
            await RunFullNightAsync(night);
            var dump = await DumpAsync(night.Database.Options.ConnectionString);
            Assert.Contains("COPY public.meetings", dump, StringComparison.Ordinal);
            Assert.Contains("COPY public.series_masters", dump, StringComparison.Ordinal);
            leaks.AddRange(Find(dump, "pg_dump"));
        }

        Assert.True(log.Entries.Count > 100, $"only {log.Entries.Count} log entries were captured");
        leaks.AddRange(log.Entries.SelectMany(entry => Find(entry, "log")));
        Assert.True(leaks.Count == 0, string.Join(Environment.NewLine, leaks.Take(20)));
    }

    private static Action<ILoggingBuilder> Capture(CapturedLog log) => logging =>
    {
        logging.SetMinimumLevel(LogLevel.Trace);
        logging.AddProvider(log);
    };

    /// <summary>The night as Hangfire runs it, then the mornings until every digest due has gone out.</summary>
    private static async Task RunFullNightAsync(NightHarness night)
    {
        await night.RunNightAsync();
        await night.RunMorningsAsync(night.Clock.GetUtcNow().AddHours(30));
        Assert.NotEmpty(night.Outbox);
    }

    /// <summary>A calendar round as the simulator serves it to this token, read directly (not by the product).</summary>
    private static async Task<string> CalendarAsServedAsync(NightHarness night, string token)
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var user = night.Simulator.Snapshot.Users.First(u => u.UserPurpose == "user");
        return await http.GetStringAsync(night.Simulator.BaseUrl +
            $"/users/{user.Id}/calendarView/delta?startDateTime=2024-01-01T00:00:00Z&endDateTime=2025-08-01T00:00:00Z");
    }

    private static async Task<string> DumpAsync(string connectionString)
    {
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        var pgDump = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", "pg_dump")).Where(File.Exists)
            .OrderDescending().First();
        var start = new ProcessStartInfo(pgDump)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            ArgumentList = { "-h", cs.Host!, "-p", cs.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", cs.Username!, "-d", cs.Database!, "--no-owner" },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"pg_dump failed: {await error}");
        return await output;
    }

    private static IEnumerable<string> Find(string text, string where)
    {
        for (var at = text.IndexOf(CanaryTenant.Marker, StringComparison.Ordinal); at >= 0;
             at = text.IndexOf(CanaryTenant.Marker, at + 1, StringComparison.Ordinal))
        {
            yield return $"{where}: ...{text.Substring(Math.Max(0, at - 40), Math.Min(120, text.Length - Math.Max(0, at - 40)))}...";
        }
    }
}
