using System.Net;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authorization;

namespace OutlookNetworking.Web.Features.Jobs;

/// <summary>
/// The dashboard's gate. Demo mode: requests from this machine only (loopback, no proxy in between). Otherwise:
/// a user who satisfies <see cref="JobsAuthorization.AdminPolicy"/>. Browser sign-in for admins is not part of
/// the host yet, so until it is, production requests are refused (a bearer token with the admin role works).
/// </summary>
internal sealed class JobsDashboardAuthorizationFilter(bool demo) : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if (demo)
        {
            return IsLocal(http);
        }

        var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
        return http.User.Identity?.IsAuthenticated == true
               && (await authorization.AuthorizeAsync(http.User, JobsAuthorization.AdminPolicy)).Succeeded;
    }

    internal static bool IsLocal(HttpContext http)
    {
        var remote = http.Connection.RemoteIpAddress;
        if (http.Request.Headers.ContainsKey("X-Forwarded-For"))
        {
            return false; // came through a proxy: not this machine's user
        }

        // TestServer has no connection address: it is in-process.
        return remote is null || IPAddress.IsLoopback(remote);
    }
}
