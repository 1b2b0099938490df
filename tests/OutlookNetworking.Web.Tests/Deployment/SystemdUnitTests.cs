using System.Diagnostics;

namespace OutlookNetworking.Web.Tests.Deployment;

/// <summary>The shipped systemd unit (<c>deploy/linux/outlooknetworking.service</c>, the Linux recipe of
/// docs/operations.md beside nginx.conf): systemd itself accepts it, and it runs what the guide says.</summary>
public sealed class SystemdUnitTests
{
    private static readonly string Unit = RepositoryRoot.File("deploy", "linux", "outlooknetworking.service");

    [Fact]
    public async Task Unit_SystemdAnalyzeVerify_NoComplaint()
    {
        var start = new ProcessStartInfo("systemd-analyze", ["verify", Unit])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        using var verify = Process.Start(start)!;
        var output = await verify.StandardOutput.ReadToEndAsync() + await verify.StandardError.ReadToEndAsync();
        await verify.WaitForExitAsync();

        // Unknown keys, bad values and commands that are not executable are reported (exit 1 or a warning line).
        Assert.Equal(0, verify.ExitCode);
        Assert.Equal("", output.Trim());
    }

    [Fact]
    public void Unit_MigratesBeforeStartAndDoesNotRestartARefusedConfiguration()
    {
        var lines = File.ReadAllLines(Unit).Select(l => l.Trim()).ToList();

        Assert.Contains("ExecStartPre=/usr/bin/dotnet /opt/outlooknetworking/OutlookNetworking.Web.dll migrate", lines);
        Assert.Contains(lines, l => l.StartsWith("ExecStart=/usr/bin/dotnet /opt/outlooknetworking/OutlookNetworking.Web.dll --urls http://127.0.0.1:", StringComparison.Ordinal));
        // Exit codes: 1 refused configuration, 2 bad usage (README): restarting would only repeat the refusal.
        var prevent = Assert.Single(lines, l => l.StartsWith("RestartPreventExitStatus=", StringComparison.Ordinal));
        Assert.Equal(["1", "2"], prevent["RestartPreventExitStatus=".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("EnvironmentFile=/etc/outlooknetworking/outlooknetworking.env", lines);
    }
}
