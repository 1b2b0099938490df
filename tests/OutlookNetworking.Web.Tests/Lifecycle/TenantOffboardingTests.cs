using System.Net;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Data.Audit;
using OutlookNetworking.Data.Introductions;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Web.Tests.Infrastructure;
using OutlookNetworking.Web.Tests.Security;

namespace OutlookNetworking.Web.Tests.Lifecycle;

/// <summary>A tenant's admin removes their organisation from the admin page: every row of the tenant goes, its night job
/// goes, another tenant's data stays, and the action is in the audit log.</summary>
public sealed class TenantOffboardingTests : IAsyncLifetime
{
    private readonly AuthTestHost _host = new();

    public async Task InitializeAsync() => await _host.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Offboard_TenantAdminConfirms_AllTenantDataAndNightJobGoneOthersKeptAudited()
    {
        var services = _host.Services;
        await AdminBrowser.RecordTenantAsync(_host, TestIds.HomeTenant);
        await AdminBrowser.RecordTenantAsync(_host, TestIds.OtherConsentedTenant, "Fabrikam");
        var recurring = services.GetRequiredService<IRecurringJobManager>();
        recurring.AddOrUpdate($"night:{TestIds.HomeTenant:N}", () => Console.WriteLine("night"), Cron.Daily());
        recurring.AddOrUpdate($"night:{TestIds.OtherConsentedTenant:N}", () => Console.WriteLine("night"), Cron.Daily());
        var directory = services.GetRequiredService<MailboxStore>();
        await directory.UpsertDirectoryAsync(TestIds.HomeTenant, [Person(TestIds.Ava.Id)], CancellationToken.None);
        await directory.UpsertDirectoryAsync(TestIds.OtherConsentedTenant, [Person(TestIds.Carol.Id)], CancellationToken.None);
        var metadata = services.GetRequiredService<MailboxMetadataStore>();
        await metadata.ApplyMessagePageAsync(new MailboxKey(TestIds.HomeTenant, TestIds.Ava.Id), "inbox", [Message("m1")], [], null, "d",
            CancellationToken.None);
        await metadata.ApplyMessagePageAsync(new MailboxKey(TestIds.OtherConsentedTenant, TestIds.Carol.Id), "inbox", [Message("m2")], [], null,
            "d", CancellationToken.None);

        await GiveIntroductionRowsAsync(services, TestIds.HomeTenant, TestIds.Ava.Id);
        await GiveIntroductionRowsAsync(services, TestIds.OtherConsentedTenant, TestIds.Carol.Id);

        using var browser = _host.CreateBrowser();
        await AdminBrowser.SignInAsync(browser, TestIds.HomeTenant);
        var token = await AdminBrowser.FormTokenAsync(browser, "/admin/manage");
        using var response = await browser.PostAsync($"/admin/manage/tenants/{TestIds.HomeTenant}/offboard",
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Confirm"] = TestIds.HomeTenant.ToString(),
            }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tenants = services.GetRequiredService<TenantStore>();
        Assert.Null(await tenants.FindAsync(TestIds.HomeTenant, CancellationToken.None));
        Assert.NotNull(await tenants.FindAsync(TestIds.OtherConsentedTenant, CancellationToken.None));
        await using (var db = services.GetRequiredService<IAppDbContextFactory>().CreateDbContext())
        {
            Assert.Equal(["m2"], await db.MailMessages.Select(m => m.Id).ToListAsync());
            // (The demo host's own tenant has introduction rows of its own: only the two tenants of this test are compared.)
            Guid[] others = [TestIds.OtherConsentedTenant];
            Guid[] both = [TestIds.HomeTenant, TestIds.OtherConsentedTenant];
            Assert.Equal(others, await db.IntroductionTies.Where(x => both.Contains(x.TenantId)).Select(x => x.TenantId).ToListAsync());
            Assert.Equal(others, await db.IntroductionOptIns.Where(x => both.Contains(x.TenantId)).Select(x => x.TenantId).ToListAsync());
            Assert.Equal(others, await db.IntroductionSettings.Where(x => both.Contains(x.TenantId)).Select(x => x.TenantId).ToListAsync());
            Assert.Equal(others, await db.IntroductionAnswerCounts.Where(x => both.Contains(x.TenantId)).Select(x => x.TenantId).ToListAsync());
        }

        using var connection = services.GetRequiredService<JobStorage>().GetConnection();
        var jobs = connection.GetRecurringJobs().Select(j => j.Id).ToList();
        Assert.DoesNotContain($"night:{TestIds.HomeTenant:N}", jobs);
        Assert.Contains($"night:{TestIds.OtherConsentedTenant:N}", jobs);
        var audit = await services.GetRequiredService<AuditLog>().ListAsync(TestIds.HomeTenant, 10, CancellationToken.None);
        Assert.Contains(audit, a => a.Action == "tenant.offboarded" && a.Actor == "demo-admin");
    }

    /// <summary>Introductions on, the user opted in, one index row and one counted answer.</summary>
    private static async Task GiveIntroductionRowsAsync(IServiceProvider services, Guid tenantId, Guid userId)
    {
        var introductions = services.GetRequiredService<IntroductionStore>();
        await introductions.SetEnabledAsync(tenantId, true, CancellationToken.None);
        await introductions.SetDiscoverableAsync(new MailboxKey(tenantId, userId), true, CancellationToken.None);
        await introductions.CountAnswerAsync(new MailboxKey(tenantId, userId), CancellationToken.None);
        await using var db = services.GetRequiredService<IAppDbContextFactory>().CreateDbContext();
        db.IntroductionTies.Add(new IntroductionTieEntity
        {
            TenantId = tenantId, UserId = userId, ContactAddress = "lena@adatum.example", ContactDomain = "adatum.example",
            Strength = 0.5, LastContact = DateTimeOffset.FromUnixTimeMilliseconds(1),
        });
        await db.SaveChangesAsync();
    }

    private static DirectoryUser Person(Guid id) => new(id, $"{id:N}@tests.example", $"{id:N}@tests.example", "Person", [], null,
        MailboxPurpose.User, false);

    private static MessageMeta Message(string id) =>
        new(id, null, null, [], [], [], DateTimeOffset.FromUnixTimeMilliseconds(1), null, FolderKind.Inbox, InferenceClass.Unknown, false);

    [Fact]
    public async Task Offboard_ConfirmationMismatch_NothingDeleted()
    {
        await AdminBrowser.RecordTenantAsync(_host, TestIds.HomeTenant);
        using var browser = _host.CreateBrowser();
        await AdminBrowser.SignInAsync(browser, TestIds.HomeTenant);
        var token = await AdminBrowser.FormTokenAsync(browser, "/admin/manage");

        using var response = await browser.PostAsync($"/admin/manage/tenants/{TestIds.HomeTenant}/offboard",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Confirm"] = "yes" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(await _host.Services.GetRequiredService<TenantStore>().FindAsync(TestIds.HomeTenant, CancellationToken.None));
    }
}
