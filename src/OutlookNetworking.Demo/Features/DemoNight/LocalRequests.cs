using System.Net;

namespace OutlookNetworking.Demo.Features.DemoNight;

/// <summary>Requests from this machine: a loopback peer and no proxy in between.</summary>
internal static class LocalRequests
{
    public static bool IsLocal(HttpContext http)
    {
        if (http.Request.Headers.ContainsKey("X-Forwarded-For"))
        {
            return false; // came through a proxy: not this machine's user
        }

        // TestServer has no connection address: it is in-process.
        var remote = http.Connection.RemoteIpAddress;
        return remote is null || IPAddress.IsLoopback(remote);
    }
}
