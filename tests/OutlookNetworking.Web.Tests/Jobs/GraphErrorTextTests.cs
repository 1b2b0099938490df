using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Graph.Models.ODataErrors;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Graph.Sync;
using OutlookNetworking.Web.Features.Jobs;
using OutlookNetworking.Web.Features.Sync;
using OutlookNetworking.Web.Tests.Infrastructure;
using OutlookNetworking.Web.Tests.Lifecycle;

namespace OutlookNetworking.Web.Tests.Jobs;

/// <summary>
/// Security review finding 7: Graph's error text can quote addresses and subjects. A failing mailbox job keeps only the
/// status and the error code: in the mailbox's failure record, in every log entry of any level, and in the exception
/// Hangfire stores and logs.
/// </summary>
public sealed class GraphErrorTextTests
{
    private const string Canary = "The mailbox ava.canary@contoso.example cannot be read: message 'Q3 LAYOFF CANARY' is locked";

    private static ODataError GraphError(int status, string code) =>
        new() { ResponseStatusCode = status, Error = new MainError { Code = code, Message = Canary } };

    [Fact]
    public async Task MailboxJob_GraphErrorQuotingAnAddressAndASubject_OnlyStatusAndCodeStoredLoggedAndThrown()
    {
        var logs = new CapturedLog();
        await using var harness = await NightHarness.StartAsync(JobTenants.ThreeZones, logs: logs, logging: l => l.SetMinimumLevel(LogLevel.Trace));
        await harness.Get<TenantNightJob>().RunAsync(harness.TenantId, CancellationToken.None);
        var person = (await harness.PeopleAsync())[0];
        var key = new MailboxKey(person.TenantId, person.UserId);
        var sink = new DeletingSink(harness.Get<IMailboxSyncSink>(), () => throw GraphError(400, "ErrorInvalidRequest"));
        var syncer = ActivatorUtilities.CreateInstance<MailboxSyncer>(harness.Services, sink);
        var job = ActivatorUtilities.CreateInstance<MailboxNightJob>(harness.Services,
            ActivatorUtilities.CreateInstance<MailboxPipeline>(harness.Services, syncer));

        var thrown = await Assert.ThrowsAsync<JobFailureException>(() => job.RunAsync(key.TenantId, key.UserId, CancellationToken.None));

        Assert.Equal("ODataError: Graph 400 ErrorInvalidRequest", thrown.Message);
        Assert.Null(thrown.InnerException);
        var stored = await harness.Get<MailboxStore>().FindAsync(key, CancellationToken.None);
        Assert.Equal("ODataError: Graph 400 ErrorInvalidRequest", stored!.LastFailure);
        Assert.Contains(logs.Entries, e => e.Contains("ErrorInvalidRequest", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, e => e.Contains("canary", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Summary_GraphAndHttpErrors_StatusAndCodeOnly()
    {
        Assert.Equal("ODataError: Graph 403 ErrorAccessDenied", GraphErrorSummary.Of(GraphError(403, "ErrorAccessDenied")));
        Assert.Equal("ODataError: Graph 400 (unreadable code)", GraphErrorSummary.Of(GraphError(400, Canary)));
        Assert.Equal("ODataError: Graph 404 Request_ResourceNotFound",
            GraphErrorSummary.Of(new InvalidOperationException(Canary, GraphError(404, "Request_ResourceNotFound"))));
        Assert.Equal("HttpRequestException: HTTP 502",
            GraphErrorSummary.Of(new HttpRequestException(Canary, null, System.Net.HttpStatusCode.BadGateway)));
        Assert.Equal("InvalidOperationException", GraphErrorSummary.Of(new InvalidOperationException(Canary)));
    }
}
