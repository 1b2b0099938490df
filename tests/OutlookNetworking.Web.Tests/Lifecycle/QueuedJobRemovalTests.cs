using System.Net;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Web.Features.Contacts;
using OutlookNetworking.Web.Features.Jobs;
using OutlookNetworking.Web.Hosting;
using OutlookNetworking.Web.Tests.Infrastructure;
using OutlookNetworking.Web.Tests.Security;

namespace OutlookNetworking.Web.Tests.Lifecycle;

/// <summary>
/// Security review finding 7: Hangfire's storage is outside the documented stores. A user's erasure removes the jobs
/// waiting for them (enqueued, scheduled, failed), and offboarding removes every job waiting for the tenant; other
/// users' and tenants' jobs stay. (A web-role host: no Hangfire server, so queued jobs stay queued.)
/// </summary>
public sealed class QueuedJobRemovalTests : IAsyncLifetime
{
    private readonly AuthTestHost _host = new(role: HostRole.Web, settings: SeededApiHost.UnlimitedRate);

    public async Task InitializeAsync()
    {
        await _host.StartAsync();
        await AdminBrowser.RecordTenantAsync(_host, TestIds.HomeTenant);
        await _host.Services.GetRequiredService<MailboxStore>().UpsertDirectoryAsync(TestIds.HomeTenant,
            [new DirectoryUser(TestIds.Ava.Id, "ava@tests.example", "ava@tests.example", "Ava", [], null, MailboxPurpose.User, false),
             new DirectoryUser(TestIds.Ben.Id, "ben@tests.example", "ben@tests.example", "Ben", [], null, MailboxPurpose.User, false)],
            CancellationToken.None);
        var (home, other, ava, ben) = (TestIds.HomeTenant, TestIds.OtherConsentedTenant, TestIds.Ava.Id, TestIds.Ben.Id);
        var client = new BackgroundJobClient(Storage);
        client.Enqueue<MailboxNightJob>(job => job.RunAsync(home, ava, CancellationToken.None));
        client.Enqueue<MailboxReanalysisJob>(job => job.RunAsync(home, ava, CancellationToken.None));
        client.Schedule<DigestJob>(job => job.RunAsync(home, ava, "2025-07-01", CancellationToken.None), TimeSpan.FromHours(1));
        client.Enqueue<MailboxNightJob>(job => job.RunAsync(home, ben, CancellationToken.None));
        client.Enqueue<TenantNightJob>(job => job.RunAsync(home, CancellationToken.None));
        client.Enqueue<TenantNightJob>(job => job.RunAsync(other, CancellationToken.None));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private JobStorage Storage => _host.Services.GetRequiredService<JobStorage>();

    [Fact]
    public async Task DeleteData_UsersQueuedAndScheduledJobsRemovedOthersKept()
    {
        using var ava = _host.ClientFor(TestIds.HomeTenant, TestIds.Ava);

        Assert.Equal(HttpStatusCode.NoContent, await ava.StatusOfAsync(HttpMethod.Delete, "/api/me/data"));

        Assert.Equal(
            [$"MailboxNightJob {TestIds.HomeTenant} {TestIds.Ben.Id}", $"TenantNightJob {TestIds.HomeTenant}", $"TenantNightJob {TestIds.OtherConsentedTenant}"],
            Waiting());
    }

    [Fact]
    public async Task Offboard_EveryWaitingJobOfTheTenantRemovedOtherTenantsKept()
    {
        using var browser = _host.CreateBrowser();
        await AdminBrowser.SignInAsync(browser, TestIds.HomeTenant);
        var token = await AdminBrowser.FormTokenAsync(browser, "/admin/manage");

        using var response = await browser.PostAsync($"/admin/manage/tenants/{TestIds.HomeTenant}/offboard", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Confirm"] = TestIds.HomeTenant.ToString() }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([$"TenantNightJob {TestIds.OtherConsentedTenant}"], Waiting());
    }

    /// <summary>Enqueued (a deleted job's id stays in its queue until a worker drops it) and scheduled jobs, as "type arguments" (cancellation tokens left out), in order.</summary>
    private List<string> Waiting()
    {
        var monitoring = Storage.GetMonitoringApi();
        var jobs = monitoring.Queues().SelectMany(q => monitoring.EnqueuedJobs(q.Name, 0, 1000).Where(j => j.Value.InEnqueuedState).Select(j => j.Value.Job))
            .Concat(monitoring.ScheduledJobs(0, 1000).Select(j => j.Value.Job));
        return jobs.Select(j => string.Join(' ', new[] { j.Type.Name }.Concat(j.Args.Where(a => a is not CancellationToken).Select(a => $"{a}"))))
            .Order(StringComparer.Ordinal).ToList();
    }
}
