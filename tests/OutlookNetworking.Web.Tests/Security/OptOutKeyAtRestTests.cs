using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Privacy;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Web.Hosting;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Security;

/// <summary>Security review finding 7: the opt-out marker's HMAC key is stored in <c>app_secrets</c> protected by ASP.NET
/// Core data protection (whose own keys are encrypted with the certificate), not in the clear.</summary>
public sealed class OptOutKeyAtRestTests : IAsyncLifetime
{
    private readonly AuthTestHost _host = new(role: HostRole.Web, settings: SeededApiHost.UnlimitedRate);

    public async Task InitializeAsync()
    {
        await _host.StartAsync();
        await _host.Services.GetRequiredService<MailboxStore>().UpsertDirectoryAsync(TestIds.HomeTenant,
            [new DirectoryUser(TestIds.Ava.Id, "ava@tests.example", "ava@tests.example", "Ava", [], null, MailboxPurpose.User, false)],
            CancellationToken.None);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task DeleteData_TheHmacKeyIsStoredAsADataProtectionPayload()
    {
        using var ava = _host.ClientFor(TestIds.HomeTenant, TestIds.Ava);

        Assert.Equal(HttpStatusCode.NoContent, await ava.StatusOfAsync(HttpMethod.Delete, "/api/me/data"));

        await using var db = _host.Services.GetRequiredService<IAppDbContextFactory>().CreateDbContext();
        var stored = Assert.Single(await db.AppSecrets.ToListAsync());
        Assert.DoesNotContain(UnprotectedSecrets.Prefix, stored.ProtectedValue, StringComparison.Ordinal);
        var payload = Convert.FromBase64String(stored.ProtectedValue);
        Assert.Equal(new byte[] { 0x09, 0xF0, 0xC9, 0xF0 }, payload[..4]); // ASP.NET Core data protection's magic header
        Assert.StartsWith(OptOutMarkers.Prefix, Assert.Single(await db.OptOuts.Select(o => o.UserHash).ToListAsync()), StringComparison.Ordinal);
    }
}
