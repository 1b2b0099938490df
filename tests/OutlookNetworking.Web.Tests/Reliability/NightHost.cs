using System.Net.Http.Json;
using OutlookNetworking.GraphSimulator;
using OutlookNetworking.Cli.Commands;
using OutlookNetworking.Demo.Features.DemoNight;

namespace OutlookNetworking.Web.Tests.Reliability;

/// <summary>
/// The product as a real child process (<see cref="ChildHost"/>) in demo mode over a data directory of its own (its
/// SQLite store), against a Graph simulator that lives in the test process (<c>Demo:SimulatorUrl</c>), so the
/// simulator and its outbox outlive the host. The demo clock is frozen at the snapshot's <c>now</c>: every run
/// analyses at the same instant. No night starts by itself.
/// </summary>
internal sealed class NightHost : IDisposable
{
    private readonly ChildHost _child;
    private readonly HttpClient _http;

    private NightHost(ChildHost child, Uri address)
    {
        _child = child;
        _http = new HttpClient { BaseAddress = address, Timeout = Timeout.InfiniteTimeSpan };
    }

    public string Output => _child.Output;

    public static async Task<NightHost> StartAsync(string dataDirectory, GraphSimulatorHost simulator, string tenantPath)
    {
        var child = ChildHost.Start(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Demo:TenantPath"] = tenantPath,
            ["Demo:SimulatorUrl"] = simulator.RootUri.ToString(),
            ["Demo:FreezeClock"] = "true",
            ["Demo:RunNightOnStart"] = "false",
            ["App:DataDirectory"] = dataDirectory,
            // The demo clock is frozen, so the grace before a lost send is resolved could never pass; a killed host has
            // nothing in flight, which is what the grace waits for, so the restarted host may resolve at once.
            ["Digest:UnknownOutcomeGrace"] = "00:00:00",
        });
        try
        {
            return new NightHost(child, await child.WaitForAddressAsync(TimeSpan.FromMinutes(2), CancellationToken.None));
        }
        catch
        {
            child.Dispose();
            throw;
        }
    }

    /// <summary>The whole night (directory, sync and analysis of every mailbox, every digest due), waited for.</summary>
    public async Task<DemoNightSummary> RunNightAsync()
    {
        using var response = await _http.PostAsync(new Uri("/demo/night?timeoutSeconds=600", UriKind.Relative), null);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST /demo/night answered {(int)response.StatusCode}: {body}\n{Output}");
        return System.Text.Json.JsonSerializer.Deserialize<DemoNightSummary>(body, System.Text.Json.JsonSerializerOptions.Web)!;
    }

    /// <summary>Starts the night without waiting: its request dies with the host (the returned task then just ends).</summary>
    public Task StartNight() => Task.Run(async () =>
    {
        try
        {
            using var response = await _http.PostAsync(new Uri("/demo/night?timeoutSeconds=600", UriKind.Relative), null);
        }
        catch (HttpRequestException)
        {
            // killed mid-night: the connection is gone
        }
    });

    /// <summary>SIGKILL, mid-whatever it is doing.</summary>
    public void Kill() => _child.Kill();

    public void Dispose()
    {
        _http.Dispose();
        _child.Dispose();
    }
}
