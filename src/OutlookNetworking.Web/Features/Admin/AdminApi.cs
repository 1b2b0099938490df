using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using OutlookNetworking.Data.Audit;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Web.Features.Lifecycle;
using static OutlookNetworking.Web.Features.Admin.AdminHtml;

namespace OutlookNetworking.Web.Features.Admin;

/// <summary>
/// Admin pages (policy <see cref="AdminPolicies.Admin"/>): <c>GET /admin/manage</c> (the admin's own tenant, whether the
/// last night found its grants withdrawn, its audit log, the offboarding form), <c>POST /admin/manage/tenants/{tenantId}/offboard</c> (antiforgery-checked form;
/// only for the admin's own tenant) and the Hangfire dashboard at <c>/hangfire</c> (operators only).
/// </summary>
public static class AdminApi
{
    public const string ManagePath = "/admin/manage";

    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup(ManagePath).WithTags("Admin").RequireAuthorization(AdminPolicies.Admin).ExcludeFromDescription();
        group.MapGet("/", GetManagePageAsync);
        group.MapPost("/tenants/{tenantId:guid}/offboard", OffboardAsync);

        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            AppPath = ManagePath,
            Authorization = [new OperatorOnlyDashboardFilter()],
            DisplayStorageConnectionString = false,
        }).RequireAuthorization(AdminPolicies.Admin);
        return app;
    }

    internal static async Task<IResult> GetManagePageAsync(HttpContext context, TenantStore tenants, AuditLog audit,
        IAntiforgery antiforgery, CancellationToken ct)
    {
        context.Response.Headers.CacheControl = "no-store";
        var tenantId = AdminClaims.TenantId(context.User);
        var tenant = tenantId is { } id ? await tenants.FindAsync(id, ct) : null;
        if (tenant is null)
        {
            return Page("Administration", "<p>Your organisation is not using OutlookNetworking (no consent on record).</p>");
        }

        var tokens = antiforgery.GetAndStoreTokens(context);
        var entries = await audit.ListAsync(tenant.TenantId, 20, ct);
        var grants = tenant.GrantsMissing is { } missing
            ? $"<p class=\"warning\"><strong>Nightly sync stopped:</strong> the app's permissions in your organisation were withdrawn "
              + $"(missing: {E(missing)}; checked {E(tenant.GrantsCheckedAt?.ToString("u", System.Globalization.CultureInfo.InvariantCulture))}). "
              + $"No mailbox is synced until an administrator grants them again from <a href=\"{Consent.ConsentRoutes.Page}\">the consent page</a>.</p>"
            : tenant.GrantsCheckedAt is { } checkedAt
                ? $"<p>Permissions: all granted (checked {E(checkedAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture))}).</p>"
                : "";
        var rows = string.Concat(entries.Select(a => $"<tr><td>{E(a.At.ToString("u", System.Globalization.CultureInfo.InvariantCulture))}</td><td>{E(a.Action)}</td><td>{E(a.Actor)}</td></tr>"));
        return Page("Administration", $"""
            <p>Organisation: <strong>{E(tenant.DisplayName)}</strong> ({E(tenant.TenantId.ToString())}), consented {E(tenant.ConsentedAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture))}.</p>
            {grants}
            <h2>Audit log</h2>
            <table><thead><tr><th>When (UTC)</th><th>Action</th><th>By</th></tr></thead><tbody>{rows}</tbody></table>
            <h2>Remove your organisation</h2>
            <p>Deletes every mailbox's metadata, relationships, suggestions, feedback and settings of your organisation and
            stops its nightly sync. Then delete the OutlookNetworking enterprise application in Entra ID to revoke consent.</p>
            <form method="post" action="{ManagePath}/tenants/{tenant.TenantId}/offboard">
              <input type="hidden" name="{E(tokens.FormFieldName)}" value="{E(tokens.RequestToken)}">
              <label>Type your tenant id to confirm: <input name="Confirm" autocomplete="off" required></label>
              <button type="submit">Remove all data</button>
            </form>
            """);
    }

    internal static async Task<IResult> OffboardAsync(Guid tenantId, [FromForm] OffboardForm form, HttpContext context,
        TenantOffboarding offboarding, CancellationToken ct)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (AdminClaims.TenantId(context.User) != tenantId)
        {
            return Page("Not allowed", "<p>You can remove only your own organisation.</p>", StatusCodes.Status403Forbidden);
        }

        if (!Guid.TryParse(form.Confirm?.Trim(), out var confirmed) || confirmed != tenantId)
        {
            return Page("Not confirmed", "<p>The tenant id you typed does not match. Nothing was deleted.</p>", StatusCodes.Status400BadRequest);
        }

        return await offboarding.OffboardAsync(tenantId, AdminClaims.Actor(context.User), ct) switch
        {
            OffboardingOutcome.Removed => Page("Organisation removed", "<p>Every row of your organisation was deleted and its nightly sync stopped.</p>"),
            OffboardingOutcome.SyncRunning => Page("A sync is running",
                "<p>Your organisation's data is being synced right now. Nothing was deleted. Try again in a few minutes.</p>",
                StatusCodes.Status409Conflict),
            _ => Page("Nothing to remove", "<p>Your organisation has no data here.</p>", StatusCodes.Status404NotFound),
        };
    }
}
