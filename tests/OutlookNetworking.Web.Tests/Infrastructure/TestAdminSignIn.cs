using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using OutlookNetworking.Web.Features.Admin;

namespace OutlookNetworking.Web.Tests.Infrastructure;

/// <summary>
/// Test hosts only: <c>GET /test-only/admin-signin?tid=…&amp;wids=…</c> signs the browser in on the admin cookie as Entra
/// ID's OpenID Connect sign-in would (claims <c>tid</c>, <c>oid</c>, the app role, and the directory roles given as
/// <c>wids</c>), so tests can be any tenant's admin, with or without a role that may consent, on either host.
/// </summary>
internal sealed class TestAdminSignIn : IStartupFilter
{
    public const string Path = "/test-only/admin-signin";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (context.Request.Path != Path)
            {
                await nextMiddleware(context);
                return;
            }

            var tid = context.Request.Query["tid"].ToString();
            List<Claim> claims =
            [
                new("tid", tid), new("oid", "test-admin-" + tid), new(AdminPolicies.RoleClaim, AdminPolicies.Role),
                .. context.Request.Query["wids"].Select(w => new Claim(EntraDirectoryRoles.Claim, w!)),
            ];
            await context.SignInAsync(AdminPolicies.CookieScheme,
                new ClaimsPrincipal(new ClaimsIdentity(claims, AdminPolicies.CookieScheme, "oid", AdminPolicies.RoleClaim)));
            context.Response.StatusCode = StatusCodes.Status204NoContent;
        });
        next(app);
    };
}
