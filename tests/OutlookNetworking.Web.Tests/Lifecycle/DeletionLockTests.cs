using System.Net;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Web.Features.Jobs;
using OutlookNetworking.Web.Hosting;
using OutlookNetworking.Web.Tests.Infrastructure;
using OutlookNetworking.Web.Tests.Security;

namespace OutlookNetworking.Web.Tests.Lifecycle;

/// <summary>
/// Security review finding 5: offboarding and a user's erasure take the locks a sync takes (the tenant night's, each
/// mailbox's). While a sync holds one past <c>Hangfire:DeletionLockWait</c> (1 s here) the admin page and the API
/// answer 409 and nothing is deleted; once it is released the same request deletes.
/// </summary>
public sealed class DeletionLockTests : IAsyncLifetime
{
    private readonly AuthTestHost _host = new(role: HostRole.Web, settings: new Dictionary<string, string>(SeededApiHost.UnlimitedRate)
    {
        ["Hangfire:DeletionLockWait"] = "00:00:01",
    });

    public async Task InitializeAsync()
    {
        await _host.StartAsync();
        await AdminBrowser.RecordTenantAsync(_host, TestIds.HomeTenant);
        await _host.Services.GetRequiredService<MailboxStore>().UpsertDirectoryAsync(TestIds.HomeTenant,
            [new DirectoryUser(TestIds.Ava.Id, "ava@tests.example", "ava@tests.example", "Ava", [], null, MailboxPurpose.User, false),
             new DirectoryUser(TestIds.Ben.Id, "ben@tests.example", "ben@tests.example", "Ben", [], null, MailboxPurpose.User, false)],
            CancellationToken.None);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("mailbox")]
    [InlineData("night")]
    public async Task Offboard_WhileASyncOfTheTenantHoldsItsLock_409NothingDeletedThenRemovedOnceReleased(string held)
    {
        using var browser = _host.CreateBrowser();
        await AdminBrowser.SignInAsync(browser, TestIds.HomeTenant);
        var resource = held == "night" ? JobIds.TenantNightLock(TestIds.HomeTenant) : JobIds.MailboxLock(TestIds.HomeTenant, TestIds.Ben.Id);

        using (var connection = _host.Services.GetRequiredService<JobStorage>().GetConnection())
        using (connection.AcquireDistributedLock(resource, TimeSpan.FromSeconds(5)))
        {
            using var refused = await OffboardAsync(browser);
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Contains("Nothing was deleted", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.NotNull(await _host.Services.GetRequiredService<TenantStore>().FindAsync(TestIds.HomeTenant, CancellationToken.None));
            Assert.Equal(2, (await _host.Services.GetRequiredService<MailboxStore>().ListAsync(TestIds.HomeTenant, CancellationToken.None)).Count);
        }

        using var removed = await OffboardAsync(browser);
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Null(await _host.Services.GetRequiredService<TenantStore>().FindAsync(TestIds.HomeTenant, CancellationToken.None));
        Assert.Empty(await _host.Services.GetRequiredService<MailboxStore>().ListAsync(TestIds.HomeTenant, CancellationToken.None));
    }

    [Fact]
    public async Task DeleteData_WhileTheMailboxSyncs_409NothingDeletedThenErasedOnceReleased()
    {
        using var ava = _host.ClientFor(TestIds.HomeTenant, TestIds.Ava);
        var mailboxes = _host.Services.GetRequiredService<MailboxStore>();

        using (var connection = _host.Services.GetRequiredService<JobStorage>().GetConnection())
        using (connection.AcquireDistributedLock(JobIds.MailboxLock(TestIds.HomeTenant, TestIds.Ava.Id), TimeSpan.FromSeconds(5)))
        {
            Assert.Equal(HttpStatusCode.Conflict, await ava.StatusOfAsync(HttpMethod.Delete, "/api/me/data"));
            Assert.NotNull(await mailboxes.FindAsync(new(TestIds.HomeTenant, TestIds.Ava.Id), CancellationToken.None));
        }

        Assert.Equal(HttpStatusCode.NoContent, await ava.StatusOfAsync(HttpMethod.Delete, "/api/me/data"));
        Assert.Null(await mailboxes.FindAsync(new(TestIds.HomeTenant, TestIds.Ava.Id), CancellationToken.None));
    }

    private async Task<HttpResponseMessage> OffboardAsync(HttpClient browser)
    {
        var token = await AdminBrowser.FormTokenAsync(browser, "/admin/manage");
        return await browser.PostAsync($"/admin/manage/tenants/{TestIds.HomeTenant}/offboard", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Confirm"] = TestIds.HomeTenant.ToString() }));
    }
}
