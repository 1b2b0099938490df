using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using OutlookNetworking.Data.Audit;
using OutlookNetworking.Data.Introductions;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Web.Features.Lifecycle;
using static OutlookNetworking.Web.Features.Admin.AdminHtml;

namespace OutlookNetworking.Web.Features.Admin;

/// <summary>
/// Admin pages (policy <see cref="AdminPolicies.Admin"/>): <c>GET /admin/manage</c> (the admin's own tenant, its
/// audit log, the offboarding form), <c>POST /admin/manage/tenants/{tenantId}/offboard</c> (antiforgery-checked form;
/// only for the admin's own tenant), <c>POST /admin/manage/tenants/{tenantId}/introductions</c> (the organisation's switch
/// for warm introductions; antiforgery-checked form, own tenant only, audited) and the Hangfire dashboard at <c>/hangfire</c> (operators only).
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
        group.MapPost("/tenants/{tenantId:guid}/introductions", SetIntroductionsAsync);

        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            AppPath = ManagePath,
            Authorization = [new OperatorOnlyDashboardFilter()],
            DisplayStorageConnectionString = false,
        }).RequireAuthorization(AdminPolicies.Admin);
        return app;
    }

    internal static async Task<IResult> GetManagePageAsync(HttpContext context, TenantStore tenants, AuditLog audit,
        IntroductionStore introductions, IAntiforgery antiforgery, CancellationToken ct)
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
        var rows = string.Concat(entries.Select(a => $"<tr><td>{E(a.At.ToString("u", System.Globalization.CultureInfo.InvariantCulture))}</td><td>{E(a.Action)}</td><td>{E(a.Actor)}</td></tr>"));
        return Page("Administration", $"""
            <p>Organisation: <strong>{E(tenant.DisplayName)}</strong> ({E(tenant.TenantId.ToString())}), consented {E(tenant.ConsentedAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture))}.</p>
            <h2>Audit log</h2>
            <table><thead><tr><th>When (UTC)</th><th>Action</th><th>By</th></tr></thead><tbody>{rows}</tbody></table>
            {IntroductionsSection(tenant.TenantId, await introductions.IsEnabledAsync(tenant.TenantId, ct), tokens)}
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

    /// <summary>What warm introductions are, and the form that turns them on or off.</summary>
    private static string IntroductionsSection(Guid tenantId, bool enabled, AntiforgeryTokenSet tokens) => $$"""
        <h2>Warm introductions</h2>
        <p>Warm introductions are <strong>{{(enabled ? "on" : "off")}}</strong> for your organisation.</p>
        <p>When on, a person looking at an email from someone outside the organisation can see which colleagues know that
        person (or, when none does, people at their company) and ask one of them for an introduction. Both sides choose:
        only people who opted in (in the task pane) are ever shown, and only people who opted in can ask. A colleague sees
        no more than your name, your address and a label of the tie (strong, steady or light; "in touch last month"): never
        counts of messages, dates of mails, subjects or your other contacts. Addresses in your own domains are never looked
        up; nothing is ever shown to another organisation. Turning introductions off hides every introduction at once.</p>
        <form method="post" action="{{ManagePath}}/tenants/{{tenantId}}/introductions">
          <input type="hidden" name="{{E(tokens.FormFieldName)}}" value="{{E(tokens.RequestToken)}}">
          <input type="hidden" name="Enabled" value="{{(enabled ? "false" : "true")}}">
          <button type="submit">{{(enabled ? "Turn introductions off" : "Turn introductions on")}}</button>
        </form>
        """;

    internal static async Task<IResult> SetIntroductionsAsync(Guid tenantId, [FromForm] IntroductionsForm form, HttpContext context,
        IntroductionStore introductions, AuditLog audit, CancellationToken ct)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (AdminClaims.TenantId(context.User) != tenantId)
        {
            return Page("Not allowed", "<p>You can change only your own organisation.</p>", StatusCodes.Status403Forbidden);
        }

        if (!bool.TryParse(form.Enabled?.Trim(), out var enabled))
        {
            return Page("Not changed", "<p>The form did not say whether to turn introductions on or off. Nothing changed.</p>",
                StatusCodes.Status400BadRequest);
        }

        if (await introductions.SetEnabledAsync(tenantId, enabled, ct))
        {
            await audit.AppendAsync(tenantId, AdminClaims.Actor(context.User), enabled ? "introductions.enabled" : "introductions.disabled",
                null, ct);
        }

        return Page(enabled ? "Introductions are on" : "Introductions are off", enabled
            ? "<p>People who opt in can now see which colleagues who opted in know the people outside who write to them.</p>"
            : "<p>No introduction is shown to anyone from now on. People's choices are kept for if you turn them on again.</p>");
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
