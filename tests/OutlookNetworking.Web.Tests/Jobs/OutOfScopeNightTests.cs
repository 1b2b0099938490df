using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Graph.Client;
using OutlookNetworking.Web.Features.Consent.Pages;
using OutlookNetworking.Web.Features.Consent.Storage;
using OutlookNetworking.Web.Features.Jobs;
using OutlookNetworking.Web.Features.Tenants;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Jobs;

/// <summary>
/// GF-12: mailboxes Graph will not let the app read (403 ErrorAccessDenied outside an Exchange scope, 404
/// MailboxNotEnabledForRESTAPI without an Exchange Online mailbox) are out of scope: recorded, not retried that night,
/// reported once a night, listed on the admin status page, and tried again when the directory or the scope changes.
/// </summary>
public sealed class OutOfScopeNightTests : IAsyncLifetime
{
    private readonly WideDirectoryTenant _tenant = new();
    private readonly RecordingLogs _logs = new();
    private NightHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _harness = await NightHarness.StartAsync(_tenant.Path, logs: _logs);
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        _tenant.Dispose();
    }

    [Fact]
    public async Task Night_Gf12_MailboxesGraphWillNotRead_RecordedOutOfScopeAfterOneRequestNoJobFails()
    {
        var failures = new List<(Hangfire.Common.Job Job, Exception Error)>();
        await _harness.Get<TenantNightJob>().RunAsync(_harness.TenantId, "tenant", CancellationToken.None);
        await _harness.DrainAsync(failures);

        Assert.Empty(failures);
        var mailboxes = _harness.Get<MailboxStore>();
        var outOfScope = (await mailboxes.ListOutOfScopeAsync(_harness.TenantId, CancellationToken.None)).ToDictionary(m => m.UserId.ToString());
        Assert.Equal([WideDirectoryTenant.ResourceAccount, WideDirectoryTenant.Otto, WideDirectoryTenant.Unlicensed], outOfScope.Keys.Order());
        Assert.Equal(MailboxAccess.OutsideAppScope, outOfScope[WideDirectoryTenant.Otto].Access);
        Assert.Equal(MailboxAccess.NoExchangeMailbox, outOfScope[WideDirectoryTenant.Unlicensed].Access);
        Assert.Equal(0, outOfScope[WideDirectoryTenant.Otto].ConsecutiveFailures);
        // Otto's night job: one $batch (the well-known folders, a step each, each 403), then nothing more; none retried.
        var ottoJob = _harness.Simulator.Control.RequestLog
            .Where(r => r.MailboxId == WideDirectoryTenant.Otto && !r.PathAndQuery.Contains("/mailboxSettings", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(ottoJob);
        Assert.All(ottoJob, r => Assert.True(r.IsBatchItem && r.Status == 403, r.PathAndQuery));
        Assert.Equal(ottoJob.Count, ottoJob.Select(r => r.PathAndQuery).Distinct(StringComparer.Ordinal).Count());
        Assert.InRange(ottoJob.Count, 1, GraphBatch.MaxSteps);
        // The unlicensed user was known to have no mailbox from the directory: never queued.
        Assert.DoesNotContain(_harness.Jobs.All, j => j.Type == typeof(MailboxNightJob) && j.Args[1].ToString() == WideDirectoryTenant.Unlicensed);
        var mia = await mailboxes.FindAsync(new MailboxKey(_harness.TenantId, Guid.Parse(WideDirectoryTenant.Mia)), CancellationToken.None);
        Assert.NotNull(mia!.LastSyncedAt);
    }

    [Fact]
    public async Task Night_Gf12_ReportedOnceANight_TriedAgainOnlyAfterTheRecheckInterval()
    {
        await _harness.RunNightAsync();
        var firstNight = Warnings();
        _logs.Entries.Clear();
        _harness.Jobs.All.Clear();
        _harness.Clock.Advance(TimeSpan.FromDays(1));
        await _harness.RunNightAsync();
        var secondNightQueued = QueuedMailboxes();
        var secondNight = Warnings();
        var summary = _logs.Entries.Single(e => e.Message.StartsWith("Night of tenant", StringComparison.Ordinal)).Message;
        _harness.Jobs.All.Clear();
        _harness.Clock.Advance(new JobsOptions().OutOfScopeRecheckInterval);
        await _harness.RunNightAsync();

        Assert.Single(firstNight, w => w.Contains(WideDirectoryTenant.Otto, StringComparison.Ordinal));
        Assert.Empty(secondNight);
        Assert.Contains("1 outside the app's scope, 2 without an Exchange Online mailbox", summary, StringComparison.Ordinal);
        Assert.DoesNotContain(WideDirectoryTenant.Otto, secondNightQueued);
        Assert.Contains(WideDirectoryTenant.Otto, QueuedMailboxes()); // the recheck: one request, still out of scope
        Assert.Empty(Warnings());
    }

    [Fact]
    public async Task Night_Gf12_ScopeWidenedAndConsentGrantedAgain_MailboxSyncedAtTheNextNight()
    {
        await _harness.RunNightAsync();
        _harness.Simulator.Control.SetMailboxAccess(WideDirectoryTenant.Otto, OutlookNetworking.GraphSimulator.Control.MailboxAccess.Granted);
        var consents = new StoreTenantConsentStore(_harness.Get<TenantStore>(), _harness.Get<MailboxStore>());

        await consents.RecordAsync(_harness.TenantId, _harness.Clock.GetUtcNow(), CancellationToken.None);
        _harness.Clock.Advance(TimeSpan.FromDays(1));
        await _harness.RunNightAsync();

        var otto = await _harness.Get<MailboxStore>().FindAsync(new MailboxKey(_harness.TenantId, Guid.Parse(WideDirectoryTenant.Otto)), CancellationToken.None);
        Assert.Equal(MailboxAccess.Readable, otto!.Access);
        Assert.NotNull(otto.LastSyncedAt);
    }

    [Fact]
    public async Task StatusPage_Gf12_ListsEachOutOfScopeMailboxWithWhy()
    {
        await _harness.RunNightAsync();
        var reader = new StoreTenantSyncStatusReader(_harness.Get<TenantStore>(), _harness.Get<MailboxStore>(), _harness.Get<IOptions<JobsOptions>>());

        var status = await reader.GetAsync(_harness.TenantId, CancellationToken.None);
        var html = await RenderAsync(status);

        Assert.Equal(["Main line auto attendant", "Otto Outside", "Una Unlicensed"], status.OutOfScope.Select(m => m.DisplayName));
        Assert.Equal([true, false, true], status.OutOfScope.Select(m => m.NoExchangeMailbox));
        Assert.Contains("Mailboxes the app may not read (3)", html, StringComparison.Ordinal);
        Assert.Contains("otto@fabrikam.example", html, StringComparison.Ordinal);
        Assert.Contains("Outside the app", html, StringComparison.Ordinal);
        Assert.Contains("No Exchange Online mailbox", html, StringComparison.Ordinal);
        Assert.Contains("after 7 days", html, StringComparison.Ordinal);
    }

    private List<string> Warnings() =>
        _logs.Entries.Where(e => e.Level == LogLevel.Warning && e.Message.Contains("out of the app's reach", StringComparison.Ordinal))
            .Select(e => e.Message).ToList();

    private List<string> QueuedMailboxes() =>
        _harness.Jobs.All.Where(j => j.Type == typeof(MailboxNightJob)).Select(j => j.Args[1].ToString()!).ToList();

    private async Task<string> RenderAsync(TenantSyncStatus status)
    {
        await using var renderer = new HtmlRenderer(_harness.Services, _harness.Get<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TenantStatusPage>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                ["Tenant"] = new ConsentedTenant(_harness.TenantId, _harness.Clock.GetUtcNow()),
                ["Sync"] = status,
            }));
            return output.ToHtmlString();
        });
    }
}
