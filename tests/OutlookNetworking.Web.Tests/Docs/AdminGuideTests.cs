using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using OutlookNetworking.Web.Tests.Deployment;

namespace OutlookNetworking.Web.Tests.Docs;

/// <summary>
/// docs/admin-guide.md: every <c>```bash</c> block runs, in order, in one bash shell, from the repository root, against the
/// built product (this test's output folder holds OutlookNetworking.Web.dll), with temporary folders and a private port;
/// a block that fails fails the test. Blocks fenced <c>```bash azure</c>, <c>```bash server</c> or
/// <c>```powershell exchange</c> need Azure, root on a server or Exchange Online and are not run.
/// </summary>
[Collection(Reliability.ChildHostCollection.Name)]
public sealed partial class AdminGuideTests
{
    private static readonly string[] NotRunHere = ["bash azure", "bash server", "powershell exchange"];

    [Fact]
    public void Guide_EveryBlock_IsRunnableOrMarked()
    {
        var fences = Blocks().Select(b => b.Info).ToList();

        Assert.All(fences, info => Assert.True(info == "bash" || NotRunHere.Contains(info), $"unmarked block: ```{info}"));
        Assert.True(fences.Count(f => f == "bash") >= 8, "the runnable blocks are gone");
    }

    [Fact]
    public async Task Guide_RunnableBlocks_RunAgainstTheBuiltProduct()
    {
        var data = Directory.CreateTempSubdirectory("on-admin-guide-");
        var script = new StringBuilder("set -euo pipefail\n");
        var number = 0;
        foreach (var block in Blocks().Where(b => b.Info == "bash"))
        {
            number++;
            script.Append(CultureInfoInvariant($"echo '=== block {number} (line {block.Line})' >&2\n")).Append(block.Code).Append('\n');
        }

        script.Append("echo '=== all blocks ran' >&2\n");
        var start = new ProcessStartInfo("bash") { WorkingDirectory = RepositoryRoot.Path, RedirectStandardInput = true,
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["ON_HOME"] = AppContext.BaseDirectory;
        start.Environment["ON_DATA"] = data.FullName;
        start.Environment["ON_PORT"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var inherited in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "ASPNETCORE_URLS" })
        {
            start.Environment.Remove(inherited);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(script.ToString());
        process.StandardInput.Close();
        try
        {
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(8));
        }
        finally
        {
            StopTrialHost(data.FullName);
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        var log = File.Exists(Path.Combine(data.FullName, "host.log")) ? await File.ReadAllTextAsync(Path.Combine(data.FullName, "host.log")) : "";
        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}\n{await error}\n{await output}\nhost log:\n{log}");
        Assert.Contains("=== all blocks ran", await error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(data.FullName, "backups", "outlooknetworking.db")));
        Assert.True(File.Exists(Path.Combine(data.FullName, "app-registration.json")));
        Assert.False(File.Exists(Path.Combine(data.FullName, "host.pid"))); // the last block stopped the host
        data.Delete(recursive: true);
    }

    private static string CultureInfoInvariant(FormattableString text) => FormattableString.Invariant(text);

    private static void StopTrialHost(string data)
    {
        var pidFile = Path.Combine(data, "host.pid");
        if (File.Exists(pidFile) && int.TryParse(File.ReadAllText(pidFile).Trim(), out var pid))
        {
            try
            {
                using var host = Process.GetProcessById(pid);
                host.Kill(entireProcessTree: true);
            }
            catch (ArgumentException)
            {
                // already gone
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static IEnumerable<(string Info, string Code, int Line)> Blocks()
    {
        var text = File.ReadAllText(RepositoryRoot.File("docs", "admin-guide.md"));
        foreach (Match match in Fence().Matches(text))
        {
            var line = text.AsSpan(0, match.Index).Count('\n') + 1;
            yield return (match.Groups["info"].Value.Trim(), match.Groups["code"].Value, line);
        }
    }

    [GeneratedRegex(@"^```(?<info>[^\n`]*)\n(?<code>.*?)^```[ \t]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();
}
