using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OutlookNetworking.Data.Audit;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.TestSupport;
using OutlookNetworking.Web.Features.Consent.Storage;
using OutlookNetworking.Web.Features.Tenants;

namespace OutlookNetworking.Web.Tests.Consent;

/// <summary>
/// Consent outcomes are stored as text in the admins' audit log (<c>audit_entries.action</c>): those strings, written
/// down here by hand, are what stored rows hold. Renaming an outcome changes what new rows say; it fails here first.
/// </summary>
public sealed class ConsentAuditActionTests
{
    private static readonly Guid Tenant = Guid.Parse("8560c69b-ec84-5ac0-999b-e5c8dac5464a");

    private static readonly Dictionary<ConsentOutcome, string> Stored = new()
    {
        [ConsentOutcome.Granted] = "consent.granted",
        [ConsentOutcome.Regranted] = "consent.regranted",
        [ConsentOutcome.Failed] = "consent.failed",
        [ConsentOutcome.StateRejected] = "consent.staterejected",
        [ConsentOutcome.NotConfirmed] = "consent.notconfirmed",
        [ConsentOutcome.PermissionsMissing] = "consent.permissionsmissing",
        [ConsentOutcome.AdminNotQualified] = "consent.adminnotqualified",
        [ConsentOutcome.TenantOffboarded] = "consent.tenantoffboarded",
    };

    [Fact]
    public async Task Append_EveryOutcome_StoresItsPinnedAction()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 6, 30, 18, 0, 0, TimeSpan.Zero));
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite);
        await using var services = database.BuildServices(time);
        var audit = services.GetRequiredService<AuditLog>();
        var log = new StoreConsentAuditLog(audit);

        foreach (var outcome in Enum.GetValues<ConsentOutcome>())
        {
            await log.AppendAsync(new ConsentAuditEntry(time.GetUtcNow(), outcome, Tenant, null, null), CancellationToken.None);
            time.Advance(TimeSpan.FromMinutes(1));
        }

        var actions = (await audit.ListAsync(Tenant, 20, CancellationToken.None)).Select(e => e.Action).Order(StringComparer.Ordinal);
        Assert.Equal(Stored.Values.Order(StringComparer.Ordinal), actions);
    }
}
