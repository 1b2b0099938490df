using System.Net;
using Hangfire;
using Hangfire.Storage;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Web.Features.Jobs;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.ScaleOut;

/// <summary>
/// The role switch end to end, on real processes configured by environment variables on PostgreSQL: a worker runs
/// jobs and serves only the probes; a web instance serves HTTP and runs no job; an unknown role refuses to start; a split role
/// on in-memory jobs warns.
/// </summary>
[Collection(HangfireHosts.Name)]
public sealed class RoleProcessTests : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly Guid UnknownTenant = Guid.Parse("00000000-0000-4000-8000-0000000000aa");
    private ScaleOutStore? _store;
    private JobStorage? _jobs;

    private ScaleOutStore Store => _store!;

    /// <summary>The deployment's job storage, as any instance sees it.</summary>
    private JobStorage Jobs => _jobs!;

    public async Task InitializeAsync()
    {
        HangfireLogging.Detach();
        _store = await ScaleOutStore.CreateAsync(StorageProvider.PostgreSql);
        _jobs = JobStorageFactory.Create(new JobsOptions
        {
            Storage = JobStorageKind.PostgreSql, ConnectionString = Store.JobConnectionString, QueuePollInterval = TimeSpan.FromMilliseconds(200),
        });
    }

    public async Task DisposeAsync() => await Store.DisposeAsync();

    [Fact]
    public async Task WorkerRole_RealProcess_RunsJobsAndServesOnlyTheProbes()
    {
        using var worker = ProductProcess.Start("worker", Settings("proc-worker"));
        await Nights.WaitUntilAsync(() => Task.FromResult(IsServerRegistered("proc-worker") || worker.HasExited), StartTimeout,
            () => "the worker registered no Hangfire server:\n" + worker.Output);
        Assert.False(worker.HasExited, worker.Output);

        var job = new BackgroundJobClient(Jobs).Enqueue<TenantNightJob>(j => j.RunAsync(UnknownTenant, "nobody", CancellationToken.None));
        await Nights.WaitUntilAsync(() => Task.FromResult(StateOf(job) == "Succeeded"), StartTimeout, () => $"job {job}: {StateOf(job)}");

        Assert.True(JobHistory.IsOn(Assert.Single(JobHistory.All(Jobs), r => r.JobId == job).SucceededOn, "proc-worker"));
        // It serves the two probes (platforms restart an app that answers no HTTP) and nothing else.
        Assert.Equal([worker.Port], worker.ListeningPorts().Order());
        using var http = new HttpClient();
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(http, worker.Port, "/healthz"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(http, worker.Port, "/readyz")); // database, job storage and its job server
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(http, worker.Port, "/api/config"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(http, worker.Port, "/"));
    }

    [Fact]
    public async Task WebRole_RealProcess_ReadyWithoutAJobServerCheck()
    {
        using var web = ProductProcess.Start("web", Settings("proc-web-ready"));
        using var http = new HttpClient();
        await Nights.WaitUntilAsync(async () => web.HasExited || await IsHealthyAsync(http, web.Port), StartTimeout, () => web.Output);

        using var ready = await http.GetAsync(new Uri($"http://127.0.0.1:{web.Port}/readyz"));
        var body = await ready.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("\"database\":{\"status\":\"Healthy\"", body, StringComparison.Ordinal);
        Assert.Contains("\"jobStorage\":{\"status\":\"Healthy\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("jobServer", body, StringComparison.Ordinal); // a web instance runs no job server
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient http, int port, string path)
    {
        using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}{path}"));
        return response.StatusCode;
    }

    [Fact]
    public async Task WebRole_RealProcess_ServesHttpAndRunsNoJob()
    {
        using var web = ProductProcess.Start("web", Settings("proc-web"));
        using var http = new HttpClient();
        await Nights.WaitUntilAsync(async () => web.HasExited || await IsHealthyAsync(http, web.Port), StartTimeout,
            () => "the web instance did not answer /healthz:\n" + web.Output);
        Assert.False(web.HasExited, web.Output);

        var job = new BackgroundJobClient(Jobs).Enqueue<TenantNightJob>(j => j.RunAsync(UnknownTenant, "nobody", CancellationToken.None));
        await Task.Delay(TimeSpan.FromSeconds(2)); // ten times the queue poll interval a server would use

        Assert.Equal([web.Port], web.ListeningPorts().Order());
        Assert.Equal("Enqueued", StateOf(job));
        Assert.False(IsServerRegistered("proc-web"));
    }

    [Fact]
    public async Task Start_UnknownRole_RefusesWithReason()
    {
        using var process = ProductProcess.Start("wroker", Settings("proc-refused"));

        await Nights.WaitUntilAsync(() => Task.FromResult(process.HasExited), StartTimeout, () => "it started:\n" + process.Output);

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("Refusing to start: App:Role (environment variable App__Role) names an unknown role 'wroker'", process.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WorkerOnInMemoryJobs_WarnsThatNothingIsShared()
    {
        var settings = new Dictionary<string, string>(Settings("proc-alone")) { ["Hangfire__Storage"] = "InMemory" };
        using var worker = ProductProcess.Start("worker", settings);

        await Nights.WaitUntilAsync(() => Task.FromResult(worker.HasExited || worker.Output.Contains("Hangfire:Storage is not PostgreSql", StringComparison.Ordinal)),
            StartTimeout, () => "no warning:\n" + worker.Output);

        Assert.False(worker.HasExited, worker.Output);
        Assert.False(IsServerRegistered("proc-alone")); // its jobs live in its own memory, not in the shared storage
    }

    private Dictionary<string, string> Settings(string serverName) => new(ProductionConfiguration.Complete().AsEnvironment())
    {
        ["App__DataDirectory"] = Store.DataDirectory,
        ["Storage__Provider"] = "PostgreSql",
        ["Storage__ConnectionString"] = Store.Database.Options.ConnectionString,
        ["Hangfire__Storage"] = "PostgreSql",
        ["Hangfire__ConnectionString"] = Store.JobConnectionString!,
        ["Hangfire__QueuePollInterval"] = "00:00:00.200",
        ["Hangfire__ServerName"] = serverName,
    };

    private bool IsServerRegistered(string name) =>
        Jobs.GetMonitoringApi().Servers().Any(s => s.Name.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase));

    private string? StateOf(string jobId)
    {
        using var connection = Jobs.GetConnection();
        return connection.GetStateData(jobId)?.Name;
    }

    private static async Task<bool> IsHealthyAsync(HttpClient http, int port)
    {
        try
        {
            using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz"));
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
