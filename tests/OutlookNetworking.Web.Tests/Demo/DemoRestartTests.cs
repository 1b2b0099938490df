using System.Text.Json;
using OutlookNetworking.Cli.Commands;
using OutlookNetworking.Demo.Features.DemoNight;
using OutlookNetworking.Demo.Features.DemoTenant;

namespace OutlookNetworking.Web.Tests.Demo;

/// <summary>The demo survives its own restart: the store keeps the in-process simulator's delta links, and the
/// simulator takes the same port again (kept in the data directory), so the second start's night syncs every mailbox
/// where the first left off instead of finding the old address refused.</summary>
public sealed class DemoRestartTests
{
    [Fact]
    public async Task Night_DemoStoppedAndStartedAgain_NoFailedMailbox()
    {
        var data = Directory.CreateTempSubdirectory("on-demo-restart-");
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["App:DataDirectory"] = data.FullName,
            ["Demo:TenantPath"] = Path.Combine(AppContext.BaseDirectory, "Fixtures", "contoso-stories"),
            ["Demo:RunNightOnStart"] = "false",
        };
        try
        {
            var (first, firstPort) = await RunOneNightAsync(settings, data);
            var (second, secondPort) = await RunOneNightAsync(settings, data);

            Assert.True(first.Mailboxes > 0);
            Assert.Equal(0, first.Failed);
            Assert.Equal(firstPort, secondPort);
            Assert.Equal(first.Mailboxes, second.Mailboxes);
            Assert.Equal(0, second.Failed);
            Assert.Empty(second.FailedMailboxes);
            Assert.False(second.TimedOut);
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    /// <summary>Starts the demo host as a child process, runs a night, stops the host (SIGKILL); the night's summary
    /// and the simulator port the host kept.</summary>
    private static async Task<(DemoNightSummary Night, string Port)> RunOneNightAsync(IReadOnlyDictionary<string, string> settings, DirectoryInfo data)
    {
        using var host = ChildHost.Start(settings);
        var address = await host.WaitForAddressAsync(TimeSpan.FromMinutes(2), CancellationToken.None);
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(6) };
        using var response = await http.PostAsync(new Uri("/demo/night?timeoutSeconds=300", UriKind.Relative), null);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST /demo/night answered {(int)response.StatusCode}: {body}\n{host.Output}");
        var night = JsonSerializer.Deserialize<DemoNightSummary>(body, JsonSerializerOptions.Web)!;
        var port = await File.ReadAllTextAsync(Path.Combine(data.FullName, DemoEnvironment.SimulatorPortFile));
        host.Kill();
        return (night, port);
    }
}
