using System.Diagnostics;
using System.Text.Json;
using OutlookNetworking.Cli.Commands;

namespace OutlookNetworking.Web.Tests.Commands;

/// <summary>The <c>outlooknetworking</c> tool as the README runs it: stdout carries only the command's output (no
/// "Using launch settings from …"), progress goes to stderr, and the exit codes are 0 ok / 1 failure / 2 bad usage.</summary>
[Collection(Reliability.ChildHostCollection.Name)]
public sealed class CliProcessTests
{
    [Fact]
    public async Task DotnetRun_AnalyzeJson_StdoutIsOneJsonDocument()
    {
        var root = RepositoryRoot();
        // The README's command, word for word (its "$PWD" is the repository root).
        var (exit, output, error) = await RunAsync(root, "run", "--project", "src/OutlookNetworking.Cli", "--", "analyze",
            "--tenant", Path.Combine(root, "tests", "Fixtures", "contoso-stories"), "--json");

        Assert.True(exit == 0, error);
        using var document = JsonDocument.Parse(output); // the whole of stdout, nothing before or after the document
        Assert.Equal("082b0f07-d204-5b20-a5ea-f52016e1d6be", document.RootElement.GetProperty("tenant").GetProperty("id").GetString());
        Assert.Contains("syncing and analysing", error, StringComparison.Ordinal); // progress, on stderr
    }

    [Theory]
    [InlineData("")]
    [InlineData("no-such-command")]
    [InlineData("analyze")]
    [InlineData("chaos --seeds none")]
    public async Task RunAsync_BadUsage_ExitsTwoWithUsageOnStderrAndNothingOnStdout(string commandLine)
    {
        var args = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CommandLine.RunAsync(args, output, error);

        Assert.Equal(2, exit);
        Assert.Equal("", output.ToString());
        Assert.NotEqual("", error.ToString());
    }

    [Fact]
    public async Task RunAsync_Help_ExitsZeroWithEveryCommandOnStdout()
    {
        using var output = new StringWriter();

        var exit = await CommandLine.RunAsync(["--help"], output, TextWriter.Null);

        Assert.Equal(0, exit);
        var usage = output.ToString();
        foreach (var command in new[] { "analyze", "generate-tenant", "serve-simulator", "chaos", "load", "repair" })
        {
            Assert.Contains("\n  " + command + " ", usage.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        }

        // Both forms of app-registration, with the options an admin needs (the app for a host; the managed identity's credential).
        Assert.Contains("app-registration --host https://HOST", usage, StringComparison.Ordinal);
        Assert.Contains("app-registration --federated-credential --tenant GUID --managed-identity-object-id GUID", usage, StringComparison.Ordinal);
    }

    [Fact]
    public void Host_OptionsAndNoArguments_StartTheHost()
    {
        // migrate itself: Hosting/ProbeProcessTests (exit 0 after applying, 1 with one line when the database is unreachable).
        Assert.Null(Web.Hosting.HostCommands.TryRun(["--urls", "http://127.0.0.1:0"], TextWriter.Null));
        Assert.Null(Web.Hosting.HostCommands.TryRun([], TextWriter.Null));
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(10));
        return (process.ExitCode, await output, await error);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OutlookNetworking.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("OutlookNetworking.sln not found above " + AppContext.BaseDirectory);
    }
}
