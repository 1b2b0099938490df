using System.Text.Json;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Hosting;

/// <summary>
/// A refused start as an admin sees it, on the real process: one log line per refused setting, naming the key as
/// written in JSON and as an environment variable, exit code 1, no stack trace; an unknown command: usage and exit 2.
/// </summary>
public sealed class StartupRefusalProcessTests
{
    [Fact]
    public async Task Start_ClientIdMissingInProduction_OneLineNamingTheKeyAndExitCode1()
    {
        var environment = ProductionConfiguration.Complete().AsEnvironment();
        environment.Remove("AzureAd__ClientId");

        var outcome = await ProductCommand.RunAsync(["--urls", "http://127.0.0.1:0"], environment);

        Assert.Equal(1, outcome.ExitCode);
        var line = Assert.Single(Lines(outcome.StandardError));
        Assert.Contains("Refusing to start: AzureAd:ClientId (environment variable AzureAd__ClientId) is not set.", line, StringComparison.Ordinal);
        Assert.Contains("application (client) id", line, StringComparison.Ordinal);
        AssertNoStackTrace(outcome);
        Assert.DoesNotContain("Application started", outcome.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_TwoSettingsWrong_OneLineEach()
    {
        var environment = ProductionConfiguration.Complete().AsEnvironment();
        environment["AzureAd__ClientId"] = "not-a-guid";
        environment["App__PublicBaseUrl"] = "http://networking.contoso.example";

        var outcome = await ProductCommand.RunAsync(["--urls", "http://127.0.0.1:0"], environment);

        Assert.Equal(1, outcome.ExitCode);
        var lines = Lines(outcome.StandardError);
        Assert.Equal(2, lines.Count);
        Assert.Contains(lines, l => l.Contains("AzureAd:ClientId (environment variable AzureAd__ClientId) must be a GUID, not 'not-a-guid'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("App:PublicBaseUrl (environment variable App__PublicBaseUrl) must be an absolute https URL", StringComparison.Ordinal));
        AssertNoStackTrace(outcome);
    }

    [Fact]
    public async Task Start_JsonLogsRequested_RefusalIsOneJsonLine()
    {
        var environment = ProductionConfiguration.Complete().AsEnvironment();
        environment.Remove("Digest__SenderMailbox");
        environment["Logging__Console__FormatterName"] = "json";

        var outcome = await ProductCommand.RunAsync(["--urls", "http://127.0.0.1:0"], environment);

        Assert.Equal(1, outcome.ExitCode);
        using var json = JsonDocument.Parse(Assert.Single(Lines(outcome.StandardError)));
        Assert.Equal("Critical", json.RootElement.GetProperty("LogLevel").GetString());
        Assert.StartsWith("Refusing to start: Digest:SenderMailbox (environment variable Digest__SenderMailbox) is not set.",
            json.RootElement.GetProperty("Message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_OptionOutOfRange_RefusedByItsValidatorWithoutStackTrace()
    {
        var environment = ProductionConfiguration.Complete().AsEnvironment();
        environment["Engine__Detectors__AwaitingReply__MinAge"] = "10.00:00:00";
        environment["Engine__Detectors__AwaitingReply__MaxAge"] = "5.00:00:00";

        var outcome = await ProductCommand.RunAsync(["--urls", "http://127.0.0.1:0"], environment);

        Assert.Equal(1, outcome.ExitCode);
        var line = Assert.Single(Lines(outcome.StandardError));
        Assert.Contains("Refusing to start: Engine:Detectors:AwaitingReply: MinAge must not exceed MaxAge.", line, StringComparison.Ordinal);
        AssertNoStackTrace(outcome);
    }

    [Fact]
    public async Task Run_UnknownCommand_PrintsUsageAndExits2()
    {
        var outcome = await ProductCommand.RunAsync(["frobnicate"], ProductionConfiguration.Complete().AsEnvironment());

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("Unknown command 'frobnicate'.", outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains("Usage: OutlookNetworking.Web [migrate]", outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains("src/OutlookNetworking.Cli", outcome.StandardError, StringComparison.Ordinal); // where the developer commands went
        Assert.Equal("", outcome.StandardOutput);
    }

    private static List<string> Lines(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static void AssertNoStackTrace(ProductCommand.Outcome outcome)
    {
        var all = outcome.StandardOutput + outcome.StandardError;
        Assert.DoesNotContain("   at ", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", all, StringComparison.Ordinal);
    }
}
