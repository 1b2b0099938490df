using OutlookNetworking.Cli.Commands.Load;
using Xunit.Abstractions;

namespace OutlookNetworking.Web.Tests.Reliability;

/// <summary>
/// Load, short form (<c>dotnet run -c Release --project src/OutlookNetworking.Web -- load</c> is the long one: 1,000
/// requests/s for 60 s): the host as its own process, 300 requests/s for 10 s on loopback, alternating
/// <c>/api/people</c> (5 addresses) and <c>/api/suggestions</c> with every user's own token, the per-user rate limiter
/// on, while full nights (every folder re-read, every mailbox analysed) run back to back in the same process. Not one
/// request may fail. Latencies are printed, not asserted.
/// </summary>
[Collection(ChildHostCollection.Name)]
public sealed class ApiLoadTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Api_FixedRateWhileNightsRunInTheSameProcess_NoRequestFails()
    {
        var settings = new LoadSettings
        {
            RequestsPerSecond = 300, Duration = TimeSpan.FromSeconds(10), WarmUp = TimeSpan.FromSeconds(2), TenantPath = CrashTenant.Folder,
            Connections = 64,
        };
        using var progress = new StringWriter();

        var outcome = await LoadRun.ExecuteAsync(settings, progress, CancellationToken.None);

        using var report = new StringWriter();
        outcome.WriteTo(report);
        output.WriteLine(progress.ToString());
        output.WriteLine(report.ToString());
        Assert.Equal(3000, outcome.Overall.Requests);
        Assert.All(outcome.Endpoints, e => Assert.Equal(1500, e.Requests));
        Assert.Equal(0, outcome.Errors);
        Assert.Empty(outcome.ErrorsByStatus);
        Assert.True(outcome.NightsCompleted >= 1, "no night ran during the load");
        Assert.True(outcome.MailboxesAnalysedDuringLoad >= outcome.Mailboxes,
            $"the nights during the load analysed {outcome.MailboxesAnalysedDuringLoad} mailboxes of {outcome.Mailboxes}");
        Assert.True(outcome.Users >= 10, $"only {outcome.Users} users sent requests");
    }
}
