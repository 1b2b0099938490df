using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Demo.Features.Auth;
using OutlookNetworking.Web.Features.Admin;
using static OutlookNetworking.Web.Features.Admin.AdminHtml;

namespace OutlookNetworking.Demo.Features.Admin;

/// <summary>
/// Demo mode's stand-in for Entra ID admin sign-in (mapped only in demo mode, which refuses to start in
/// Production): <c>GET /demo/admin/signin</c> shows a form, its POST (antiforgery-checked) signs the browser in as an
/// admin of the chosen tenant (the simulated one, enrolled or not, or another consented one) with the app role
/// <see cref="AdminPolicies.Role"/> and, as Entra ID's token would carry them, <c>tid</c> and <c>wids</c> naming the
/// directory role Global Administrator: the same checks as production's (consent, tombstone) then apply.
/// </summary>
internal static class DemoAdminSignInApi
{
    public const string Path = "/demo/admin/signin";

    public static void MapDemoAdminSignIn(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Path).AllowAnonymous().ExcludeFromDescription();
        group.MapGet("/", GetAsync);
        group.MapPost("/", PostAsync);
    }

    internal static async Task<IResult> GetAsync(HttpContext context, TenantStore tenants, IDemoDirectory directory,
        IAntiforgery antiforgery, string? returnUrl, CancellationToken ct)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var consented = await tenants.ListAsync(ct);
        var choices = consented.Select(t => (t.TenantId, t.DisplayName)).ToList();
        if (directory.TenantId != Guid.Empty && choices.All(c => c.TenantId != directory.TenantId))
        {
            choices.Insert(0, (directory.TenantId, "The simulated organisation (not enabled)"));
        }

        var options = string.Concat(choices.Select(t => $"<option value=\"{t.TenantId}\">{E(t.DisplayName)}</option>"));
        return Page("Demo admin sign-in", $"""
            <p>Demo mode: this page stands in for Entra ID. It signs you in as a Global Administrator of the organisation (app role {E(AdminPolicies.Role)}).</p>
            <form method="post" action="{Path}">
              <input type="hidden" name="{E(tokens.FormFieldName)}" value="{E(tokens.RequestToken)}">
              <input type="hidden" name="ReturnUrl" value="{E(returnUrl)}">
              <label>Organisation <select name="TenantId">{options}</select></label>
              <button type="submit">Sign in as admin</button>
            </form>
            """);
    }

    internal static async Task<IResult> PostAsync([FromForm] DemoAdminSignInForm form, HttpContext context, TenantStore tenants,
        IDemoDirectory directory, CancellationToken ct)
    {
        if (!Guid.TryParse(form.TenantId, out var tenantId)
            || (tenantId != directory.TenantId && await tenants.FindAsync(tenantId, ct) is null))
        {
            return Page("Unknown organisation", "<p>Pick the simulated or a consented organisation.</p>", StatusCodes.Status400BadRequest);
        }

        var identity = new ClaimsIdentity(
        [
            new Claim("tid", tenantId.ToString()),
            new Claim("oid", "demo-admin"),
            new Claim("name", "Demo administrator"),
            new Claim(AdminPolicies.RoleClaim, AdminPolicies.Role),
            new Claim(EntraDirectoryRoles.Claim, EntraDirectoryRoles.GlobalAdministrator),
        ], AdminPolicies.CookieScheme, "name", AdminPolicies.RoleClaim);
        await context.SignInAsync(AdminPolicies.CookieScheme, new ClaimsPrincipal(identity));
        var target = form.ReturnUrl is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : AdminApi.ManagePath;
        return Results.Redirect(target);
    }
}
