using System.Diagnostics;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Hosting;

/// <summary>The production host carries only production: its publish output has no Graph simulator and no demo, and it
/// maps no route under <c>/demo</c> (the demo host, src/OutlookNetworking.Demo, is where those live).</summary>
public sealed class ProductionHostContentsTests
{
    [Fact]
    public async Task Publish_ProductionHost_HasNoSimulatorOrDemoAssembly()
    {
        var output = Directory.CreateTempSubdirectory("on-publish-web-");
        try
        {
            // --no-build: publishes the Debug build the tests run against (./test.sh builds the solution first).
            var (exitCode, log) = await RunAsync("dotnet", "publish", Path.Combine(RepositoryRoot, "src", "OutlookNetworking.Web"),
                "-c", "Debug", "--no-build", "-o", output.FullName);
            var files = output.EnumerateFiles("*", SearchOption.AllDirectories).Select(f => f.Name).ToList();

            Assert.True(exitCode == 0, log);
            Assert.Contains("OutlookNetworking.Web.dll", files);
            Assert.Contains("OutlookNetworking.Graph.dll", files);
            Assert.DoesNotContain("OutlookNetworking.GraphSimulator.dll", files);
            Assert.DoesNotContain("OutlookNetworking.Demo.dll", files);
            Assert.DoesNotContain(files, f => f.Contains("MimeKit", StringComparison.Ordinal)); // the simulator's own dependency
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Routes_ProductionHost_NoneUnderDemo()
    {
        await using var host = new ProductionTestHost();
        await host.StartAsync();

        var routes = host.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText?.TrimStart('/')).ToList();

        Assert.Contains(routes, r => r.StartsWith("/api/me", StringComparison.Ordinal));
        Assert.DoesNotContain(routes, r => r.StartsWith("/demo", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Routes_DemoHost_MapsTheDemoUnderDemo()
    {
        await using var host = new AuthTestHost();
        await host.StartAsync();

        var routes = host.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText?.TrimStart('/')).ToList();

        Assert.Contains("/demo/token", routes);
        Assert.Contains("/demo/night", routes);
        Assert.Contains(routes, r => r.StartsWith("/api/me", StringComparison.Ordinal));
    }

    private static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "OutlookNetworking.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("OutlookNetworking.sln not found above " + AppContext.BaseDirectory);
        }
    }

    private static async Task<(int ExitCode, string Log)> RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
