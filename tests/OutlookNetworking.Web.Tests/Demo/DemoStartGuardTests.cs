using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using OutlookNetworking.Demo;
using OutlookNetworking.Demo.Hosting;

namespace OutlookNetworking.Web.Tests.Demo;

/// <summary>The demo host refuses to start outside Development and off loopback (its issuer signs anyone's token):
/// one line naming why on stderr, exit code 1, no stack trace; <c>Demo:AllowNonLoopback=true</c> lets it listen wider.</summary>
public sealed class DemoStartGuardTests
{
    [Theory]
    [InlineData("Staging")]
    [InlineData("Production")]
    public async Task Start_OutsideDevelopment_ExitsOneNamingTheEnvironment(string environment)
    {
        var run = await RunDemoAsync(environment, "http://127.0.0.1:0");

        Assert.Equal(1, run.ExitCode);
        var refusal = Assert.Single(run.Lines, l => l.Contains("Refusing to start", StringComparison.Ordinal));
        Assert.Contains($"ASPNETCORE_ENVIRONMENT (environment variable ASPNETCORE_ENVIRONMENT) is '{environment}'", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal)); // no stack trace
    }

    [Theory]
    [InlineData("http://0.0.0.0:0")]
    [InlineData("http://[::]:0")]
    [InlineData("http://*:0")]
    public async Task Start_AllInterfacesInDevelopment_ExitsOneNamingTheAddress(string url)
    {
        var run = await RunDemoAsync("Development", url);

        Assert.Equal(1, run.ExitCode);
        var refusal = Assert.Single(run.Lines, l => l.Contains("Refusing to start", StringComparison.Ordinal));
        Assert.Contains($"urls (environment variable urls) names {url}, not a loopback address", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://localhost:5000", true)]
    [InlineData("http://127.0.0.1:5000", true)]
    [InlineData("http://127.4.5.6:5000", true)]
    [InlineData("https://[::1]:5001", true)]
    [InlineData("http://0.0.0.0:5000", false)]
    [InlineData("http://[::]:5000", false)]
    [InlineData("http://*:5000", false)]
    [InlineData("http://+:5000", false)]
    [InlineData("http://192.168.1.20:5000", false)]
    [InlineData("http://demo.contoso.example:5000", false)]
    public void IsLoopback_Address_OnlyLoopbackHosts(string url, bool expected) =>
        Assert.Equal(expected, DemoStartGuard.IsLoopback(url));

    [Fact]
    public void Refusals_AllInterfacesWithAllowNonLoopback_None()
    {
        var refused = DemoStartGuard.Refusals("Development", Settings(("urls", "http://0.0.0.0:5000"), ("Demo:AllowNonLoopback", "true")));
        var withoutOverride = DemoStartGuard.Refusals("Development", Settings(("urls", "http://0.0.0.0:5000")));

        Assert.Empty(refused);
        Assert.Single(withoutOverride);
    }

    [Fact]
    public void Refusals_KestrelEndpointOrHttpPortsOffLoopback_Refused()
    {
        var endpoint = DemoStartGuard.Refusals("Development", Settings(("Kestrel:Endpoints:Http:Url", "http://0.0.0.0:5000")));
        var ports = DemoStartGuard.Refusals("Development", Settings(("http_ports", "8080")));
        var loopback = DemoStartGuard.Refusals("Development", Settings(("Kestrel:Endpoints:Http:Url", "http://127.0.0.1:5000")));

        Assert.Single(endpoint);
        Assert.Single(ports);
        Assert.Empty(loopback);
    }

    [Fact]
    public void Refusals_ProductionEvenWithAllowNonLoopback_Refused()
    {
        var refusals = DemoStartGuard.Refusals("Production", Settings(("Demo:AllowNonLoopback", "true")));

        Assert.Equal(DemoStartGuard.EnvironmentKey, Assert.Single(refusals).Key);
    }

    private static IConfiguration Settings(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();

    private sealed record DemoRun(int ExitCode, IReadOnlyList<string> Lines);

    /// <summary>Runs the built demo host (<c>dotnet OutlookNetworking.Demo.dll</c>) until it exits (at most a minute).</summary>
    private static async Task<DemoRun> RunDemoAsync(string environment, string urls)
    {
        var dll = typeof(DemoProgram).Assembly.Location;
        var data = Directory.CreateTempSubdirectory("on-demo-guard-");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { dll, "--urls", urls })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["DOTNET_ENVIRONMENT"] = environment;
        start.Environment["App__DataDirectory"] = data.FullName;
        start.Environment["Demo__TenantPath"] = Path.Combine(AppContext.BaseDirectory, "Fixtures", "contoso-stories");
        start.Environment["Demo__RunNightOnStart"] = "false";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("The demo host did not exit within a minute: it started instead of refusing.\n" + await stdout);
        }

        var lines = (await stdout + "\n" + await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        data.Delete(recursive: true);
        return new DemoRun(process.ExitCode, lines);
    }
}
