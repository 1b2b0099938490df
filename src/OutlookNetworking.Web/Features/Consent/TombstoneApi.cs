using Microsoft.AspNetCore.Mvc;
using OutlookNetworking.Data.Audit;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Web.Features.Admin;
using static OutlookNetworking.Web.Features.Admin.AdminHtml;

namespace OutlookNetworking.Web.Features.Consent;

/// <summary>
/// The offboarding tombstone of the signed-in admin's organisation (policy <see cref="AdminPolicies.SignedIn"/>):
/// <c>GET /admin/consent/offboarded</c> shows it, <c>POST /admin/consent/offboarded/clear</c> (antiforgery-checked form,
/// the tenant id typed again) removes it, only for an admin whose token is of that tenant and holds one of
/// <see cref="EntraDirectoryRoles.Consenting"/>. Cleared, audited as <c>tenant.tombstone_cleared</c>; consent then
/// enrols the organisation again.
/// </summary>
public static class TombstoneApi
{
    public const string ClearPath = ConsentRoutes.Tombstone + "/clear";

    public static IEndpointRouteBuilder MapTombstoneApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup(ConsentRoutes.Tombstone).WithTags("Admin consent").RequireAuthorization(AdminPolicies.SignedIn)
            .ExcludeFromDescription();
        group.MapGet("/", GetAsync);
        group.MapPost("/clear", ClearAsync);
        return app;
    }

    internal static async Task<IResult> GetAsync(HttpContext context, TenantTombstoneStore tombstones,
        Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery, CancellationToken ct)
    {
        context.Response.Headers.CacheControl = "no-store";
        var tenantId = AdminClaims.TenantId(context.User);
        var tombstone = tenantId is { } id ? await tombstones.FindAsync(id, ct) : null;
        if (tombstone is null)
        {
            return Page("Not offboarded", "<p>Your organisation has no offboarding on record. It can be enabled from "
                + $"<a href=\"{ConsentRoutes.Page}\">the consent page</a>.</p>");
        }

        var tokens = antiforgery.GetAndStoreTokens(context);
        return Page("Your organisation was removed", $"""
            <p>Your organisation ({E(tombstone.TenantId.ToString())}) was offboarded on
            {E(tombstone.OffboardedAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture))}: its data was deleted and
            no consent is accepted for it until you confirm here that it may be enabled again. Only a Global Administrator,
            Privileged Role Administrator or Cloud Application Administrator of the organisation may.</p>
            <form method="post" action="{ClearPath}">
              <input type="hidden" name="{E(tokens.FormFieldName)}" value="{E(tokens.RequestToken)}">
              <label>Type your tenant id to confirm: <input name="Confirm" autocomplete="off" required></label>
              <button type="submit">Allow enabling again</button>
            </form>
            """);
    }

    internal static async Task<IResult> ClearAsync([FromForm] OffboardForm form, HttpContext context, TenantTombstoneStore tombstones,
        AuditLog audit, CancellationToken ct)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (!Guid.TryParse(form.Confirm?.Trim(), out var tenantId))
        {
            return Page("Not confirmed", "<p>Type your tenant id to confirm. Nothing changed.</p>", StatusCodes.Status400BadRequest);
        }

        switch (TenantAdminCheck.Refusal(context.User, tenantId))
        {
            case TenantAdminCheck.TenantMismatch:
                return Page("Not allowed", "<p>You can clear only your own organisation's offboarding. Nothing changed.</p>",
                    StatusCodes.Status403Forbidden);
            case { }:
                return Page("Not allowed", RoleMissingText, StatusCodes.Status403Forbidden);
        }

        if (!await tombstones.ClearAsync(tenantId, ct))
        {
            return Page("Nothing to clear", "<p>Your organisation has no offboarding on record.</p>", StatusCodes.Status404NotFound);
        }

        await audit.AppendAsync(tenantId, AdminClaims.Actor(context.User), "tenant.tombstone_cleared",
            "offboarding tombstone cleared: consent accepted again", ct);
        return Page("Offboarding cleared", $"<p>Your organisation can be enabled again from <a href=\"{ConsentRoutes.Page}\">the consent page</a>.</p>");
    }

    private const string RoleMissingText = "<p>Only a Global Administrator, Privileged Role Administrator or Cloud Application "
        + "Administrator of the organisation may allow it to be enabled again. Nothing changed.</p>";
}
