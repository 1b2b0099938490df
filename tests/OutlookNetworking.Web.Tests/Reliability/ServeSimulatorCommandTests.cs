using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace OutlookNetworking.Web.Tests.Reliability;

/// <summary><c>serve-simulator</c>: the Graph simulator as a process of its own, for a host started with
/// <c>Demo:SimulatorUrl</c>; it serves the tenant and its control surface, and stops cleanly on SIGTERM.</summary>
[Collection(ChildHostCollection.Name)]
public sealed class ServeSimulatorCommandTests
{
    [Fact]
    public async Task ServeSimulator_Tenant_ServesControlSurfaceAndStopsOnSigterm()
    {
        var web = typeof(Cli.Commands.ChildHost).Assembly.Location;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(web)!, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var argument in new[] { web, "serve-simulator", "--tenant", CrashTenant.Folder })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        try
        {
            var first = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(1));
            Assert.StartsWith("listening on http://127.0.0.1:", first);
            using var http = new HttpClient { BaseAddress = new Uri(first!["listening on ".Length..]) };

            var tenant = await http.GetFromJsonAsync<JsonElement>("/_simulator/tenant");
            using var anonymous = await http.GetAsync(new Uri("/v1.0/users", UriKind.Relative));
            using (var stop = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await stop.WaitForExitAsync();
            }

            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));

            var expected = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(CrashTenant.Folder, "tenant.json"))).RootElement;
            Assert.Equal(expected.GetProperty("tenantId").GetString(), tenant.GetProperty("tenantId").GetString());
            Assert.True(tenant.GetProperty("users").GetInt32() >= 12);
            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, anonymous.StatusCode);
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }

    [Fact]
    public async Task ServeSimulator_NoTenant_ExitsWithUsage()
    {
        using var error = new StringWriter();

        var code = await Cli.Commands.Simulator.ServeSimulatorCommand.RunAsync(["--port", "1"], TextWriter.Null, error);

        Assert.Equal(2, code);
        Assert.Contains("usage: serve-simulator --tenant DIR", error.ToString());
    }
}
