using System.Net;
using System.Text.Json;
using OutlookNetworking.Web.Tests.Infrastructure;
using OutlookNetworking.Web.Tests.ScaleOut;

namespace OutlookNetworking.Web.Tests.Hosting;

/// <summary>
/// The probes and the <c>migrate</c> command on the real process, configured by environment variables in Production:
/// <c>/healthz</c> answers while the process lives; <c>/readyz</c> answers 503 naming the check until the database is
/// reachable and migrated; <c>migrate</c> applies the migrations (exit 0) or says in one line why it could not (exit 1).
/// </summary>
public sealed class ProbeProcessTests
{
    private const string DeadPostgres = "Host=127.0.0.1;Port=1;Database=outlooknetworking;Username=on;Password=unused;Timeout=2";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Readyz_UnmigratedSqlite_503UntilMigrateRuns_HealthzAlways200()
    {
        var environment = Settings(Directory.CreateTempSubdirectory("on-probe-").FullName);
        using var web = ProductProcess.Start("web", environment);
        using var http = new HttpClient();
        await WaitForLiveAsync(http, web);

        var (status, checks) = await ReadyAsync(http, web);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", checks.GetProperty("database").GetProperty("status").GetString());
        Assert.Contains("pending migration", checks.GetProperty("database").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("Healthy", checks.GetProperty("jobStorage").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(http, web, "/healthz"));

        var migrated = await ProductCommand.RunAsync(["migrate"], environment);

        Assert.Equal(0, migrated.ExitCode);
        Assert.Matches(@"^migrate: applied [1-9]\d* migration\(s\) to the Sqlite database; it is up to date\.$", migrated.StandardOutput.Trim());
        Assert.Equal(HttpStatusCode.OK, (await ReadyAsync(http, web)).Status);
        var again = await ProductCommand.RunAsync(["migrate"], environment);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("up to date; nothing to apply", again.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readyz_DeadPostgreSql_503WhileHealthz200()
    {
        var environment = Settings(Directory.CreateTempSubdirectory("on-probe-").FullName);
        environment["Storage__Provider"] = "PostgreSql";
        environment["Storage__ConnectionString"] = DeadPostgres;
        using var web = ProductProcess.Start("web", environment);
        using var http = new HttpClient();
        await WaitForLiveAsync(http, web);

        var (status, checks) = await ReadyAsync(http, web);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", checks.GetProperty("database").GetProperty("status").GetString());
        Assert.DoesNotContain("unused", checks.GetRawText(), StringComparison.Ordinal); // nothing of the connection string
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(http, web, "/healthz"));
    }

    [Fact]
    public async Task Migrate_DatabaseUnreachable_OneLineAndExitCode1()
    {
        var environment = Settings(Directory.CreateTempSubdirectory("on-probe-").FullName);
        environment["Storage__Provider"] = "PostgreSql";
        environment["Storage__ConnectionString"] = DeadPostgres;

        var outcome = await ProductCommand.RunAsync(["migrate"], environment);

        Assert.Equal(1, outcome.ExitCode);
        var line = Assert.Single(outcome.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("migrate failed: ", line, StringComparison.Ordinal);
        Assert.Contains("Upgrade and roll back", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.StandardError, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Settings(string dataDirectory) => new(ProductionConfiguration.Complete().AsEnvironment())
    {
        ["App__DataDirectory"] = dataDirectory,
        ["Storage__MigrateOnStart"] = "false",
    };

    private static async Task WaitForLiveAsync(HttpClient http, ProductProcess process) =>
        await Nights.WaitUntilAsync(async () => process.HasExited || await StatusAsync(http, process, "/healthz") == HttpStatusCode.OK,
            StartTimeout, () => "no answer on /healthz:\n" + process.Output);

    private static async Task<(HttpStatusCode Status, JsonElement Checks)> ReadyAsync(HttpClient http, ProductProcess process)
    {
        using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{process.Port}/readyz"));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.GetProperty("checks").Clone());
    }

    private static async Task<HttpStatusCode?> StatusAsync(HttpClient http, ProductProcess process, string path)
    {
        try
        {
            using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{process.Port}{path}"));
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }
}
