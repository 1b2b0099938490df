using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Security;

/// <summary>
/// Scans every endpoint the host maps: each must either require authorization or be on the anonymous allow-list
/// below (so a new endpoint cannot slip in unprotected, and a new anonymous one must be listed here on purpose);
/// each protected one is probed without credentials and must refuse (401, 403, or a redirect to sign-in), and every
/// answer carries the security headers.
/// </summary>
public sealed partial class EndpointAuthorizationScanTests(AuthTestHostFixture fixture) : IClassFixture<AuthTestHostFixture>
{
    /// <summary>Endpoints that are anonymous by design: "METHOD pattern" and why.</summary>
    private static readonly Dictionary<string, string> AnonymousAllowList = new(StringComparer.Ordinal)
    {
        ["GET /"] = "home page",
        ["GET /healthz"] = "health probe",
        ["GET /admin/consent"] = "consent page (what is requested and why)",
        ["GET /admin/consent/start"] = "starts consent: state bound to this browser",
        ["GET /admin/consent/callback"] = "Entra ID's answer: single-use, browser-bound state",
        ["GET /admin/tenants/{tenantId:guid}"] = "status page: status-access cookie of the consenting browser",
        ["GET /admin/assets/admin.css"] = "stylesheet",
        ["GET /demo/users"] = "demo mode only",
        ["GET /demo/token"] = "demo mode only",
        ["GET /demo/adminconsent"] = "demo mode only: stand-in for Entra ID's consent prompt",
        ["GET /demo/admin/signin/"] = "demo mode only: stand-in for Entra ID admin sign-in",
        ["POST /demo/admin/signin/"] = "demo mode only: antiforgery-checked sign-in form",
        ["GET /api/config"] = "how the task pane signs in: the public client id, scope and authority",
        ["GET /openapi/{documentName}.json"] = "the API's OpenAPI description: no data",
        ["GET /demo/messages"] = "demo mode only",
        ["POST /demo/night"] = "demo mode only",
        ["GET /demo/outbox"] = "demo mode only",
        ["GET /digest/preview"] = "demo mode only anonymous (?upn=); requires the API user otherwise",
        ["GET /digest/links/{action}"] = "a digest link's confirmation page: the signed, expiring, single-use token is the credential",
        ["POST /digest/links/{action}"] = "a digest link's confirmation button: the signed token plus the page's antiforgery token",
    };

    [Fact]
    public void EveryEndpoint_AuthorizationRequiredOrAllowListedAnonymous()
    {
        var unprotected = Endpoints()
            .Where(e => !RequiresAuthorization(e.Endpoint) && !AnonymousAllowList.ContainsKey(e.Key))
            .Select(e => e.Key).ToList();

        Assert.True(unprotected.Count == 0, "endpoints without authorization and not on the allow-list: " + string.Join(", ", unprotected));
        Assert.Contains(Endpoints(), e => e.Key.StartsWith("GET /api/", StringComparison.Ordinal));
    }

    [Fact]
    public void AllowListedEndpoints_MarkedAnonymous_NotProtectedByAccident()
    {
        Assert.All(Endpoints().Where(e => AnonymousAllowList.ContainsKey(e.Key)),
            e => Assert.False(RequiresAuthorization(e.Endpoint), $"{e.Key} is on the anonymous list but requires authorization"));
    }

    [Fact]
    public async Task EveryProtectedEndpoint_NoCredentials_RefusedWithSecurityHeaders()
    {
        using var client = fixture.Host.CreateBrowser();
        var probed = 0;
        foreach (var (key, method, pattern, endpoint) in Endpoints().Where(e => RequiresAuthorization(e.Endpoint)))
        {
            var response = await SendAsync(client, method, Concrete(pattern), form: false);
            if (response.StatusCode == HttpStatusCode.UnsupportedMediaType)
            {
                // The endpoint takes a form, not JSON: ask again the way a browser would.
                response.Dispose();
                response = await SendAsync(client, method, Concrete(pattern), form: true);
            }

            using var _ = response;
            var refused = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                          || (response.StatusCode == HttpStatusCode.Redirect
                              && response.Headers.Location?.OriginalString.Contains("signin", StringComparison.OrdinalIgnoreCase) == true);
            Assert.True(refused, $"{key} answered {(int)response.StatusCode} without credentials");
            AssertSecurityHeaders(response, key);
            probed++;
        }

        Assert.True(probed >= 3, $"only {probed} protected endpoints were found");
    }

    [Fact]
    public async Task AnonymousGetEndpoints_AnyAnswer_CarrySecurityHeaders()
    {
        using var client = fixture.Host.CreateBrowser();
        foreach (var (key, _, pattern, _) in Endpoints().Where(e => AnonymousAllowList.ContainsKey(e.Key) && e.Method == "GET"))
        {
            using var response = await client.GetAsync(Concrete(pattern));
            AssertSecurityHeaders(response, key);
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path, bool form)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = form
                ? new FormUrlEncodedContent(new Dictionary<string, string> { ["probe"] = "1" })
                : new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response, string key)
    {
        var csp = response.Headers.TryGetValues("Content-Security-Policy", out var values) ? string.Join(";", values) : "";
        // Endpoints are never the task pane's files: nothing may frame them.
        Assert.True(csp.Contains("frame-ancestors 'none'", StringComparison.Ordinal), $"{key}: CSP without frame-ancestors 'none': '{csp}'");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    private IEnumerable<(string Key, string Method, string Pattern, RouteEndpoint Endpoint)> Endpoints()
    {
        var sources = fixture.Host.Services.GetServices<EndpointDataSource>();
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods)
            {
                yield return ($"{method} {pattern}", method, pattern, endpoint);
            }
        }
    }

    private static bool RequiresAuthorization(Microsoft.AspNetCore.Http.Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null && endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0;

    private static string Concrete(string pattern) => Parameter().Replace(pattern, match =>
        match.Value.Contains(":guid", StringComparison.Ordinal) ? TestIds.HomeTenant.ToString()
        : match.Value.StartsWith("{*", StringComparison.Ordinal) ? ""
        : "probe");

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
