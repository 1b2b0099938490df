using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OutlookNetworking.Web.Features.Admin;
using OutlookNetworking.Web.Features.Auth;
using OutlookNetworking.Web.Features.Consent.Pages;
using OutlookNetworking.Web.Features.Consent.Storage;

namespace OutlookNetworking.Web.Features.Consent;

/// <summary>
/// Admin consent pages: <c>GET /admin/consent</c> (what is requested and why), <c>GET /admin/consent/start</c>
/// (after the admin's sign-in, redirect to Entra ID), <c>GET /admin/consent/callback</c> (Entra ID's answer) and
/// <c>GET /admin/tenants/{tenantId}</c> (status). Server-rendered Razor components; anonymous by nature,
/// protected by the browser-bound state and the status access cookie.
/// </summary>
public static class ConsentApi
{
    public static RouteGroupBuilder MapConsentApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/admin").WithTags("Admin consent").AllowAnonymous().ExcludeFromDescription();
        group.MapGet("/consent", GetConsentPage);
        group.MapGet("/consent/start", StartConsentAsync);
        group.MapGet("/consent/callback", CompleteConsentAsync);
        group.MapGet("/tenants/{tenantId:guid}", GetTenantStatusAsync);
        group.MapGet("/assets/admin.css", GetStylesheet);
        return group;
    }

    internal static RazorComponentResult<ConsentPage> GetConsentPage(IOptions<ConsentOptions> options) =>
        new(new { StateLifetime = options.Value.StateLifetime });

    /// <summary>Needs the admin signed in (admin cookie) first: otherwise the sign-in challenge, back here afterwards.</summary>
    internal static async Task<IResult> StartConsentAsync(HttpContext context, ConsentStarter starter, CancellationToken ct)
    {
        context.Response.Headers.CacheControl = "no-store";
        var admin = await context.AuthenticateAsync(AdminPolicies.CookieScheme);
        if (!admin.Succeeded)
        {
            return TypedResults.Challenge(new AuthenticationProperties { RedirectUri = ConsentRoutes.Start }, [AdminPolicies.CookieScheme]);
        }

        return TypedResults.Redirect(await starter.StartAsync(context, ct));
    }

    internal static async Task<RazorComponentResult<ConsentResultPage>> CompleteConsentAsync(
        HttpContext context, ConsentCallbackProcessor processor, TenantStatusAccess statusAccess, CancellationToken ct)
    {
        context.Response.Headers.CacheControl = "no-store";
        var admin = await context.AuthenticateAsync(AdminPolicies.CookieScheme);
        var result = await processor.ProcessAsync(
            ConsentCallbackQuery.From(context.Request), ConsentBrowserBinding.ReadNonce(context.Request),
            admin.Succeeded ? admin.Principal : null, ct);
        if (result.Succeeded && result.TenantId is { } tenantId)
        {
            statusAccess.Grant(context, tenantId);
        }

        return new RazorComponentResult<ConsentResultPage>(new { Result = result }) { StatusCode = result.StatusCode };
    }

    internal static async Task<Results<RazorComponentResult<TenantStatusPage>, NotFound>> GetTenantStatusAsync(
        Guid tenantId, HttpContext context, TenantStatusAccess statusAccess,
        ITenantConsentStore tenants, ITenantSyncStatusReader syncStatus, CancellationToken ct)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (context.RequestServices.GetService<IEntraIdStandIn>() is null && !statusAccess.IsGranted(context.Request, tenantId))
        {
            return TypedResults.NotFound();
        }

        var tenant = await tenants.FindAsync(tenantId, ct);
        if (tenant is null)
        {
            return TypedResults.NotFound();
        }

        var sync = await syncStatus.GetAsync(tenantId, ct);
        return new RazorComponentResult<TenantStatusPage>(new { Tenant = tenant, Sync = sync });
    }

    internal static ContentHttpResult GetStylesheet(HttpContext context)
    {
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.Text(AdminStylesheet.Css, "text/css; charset=utf-8");
    }
}
