using System.Net;
using Microsoft.AspNetCore.WebUtilities;

namespace OutlookNetworking.Web.Tests.Infrastructure;

/// <summary>Drives the admin consent flow as a browser would, standing in for Entra ID's redirect back.</summary>
public static class ConsentFlow
{
    /// <summary>Signs <paramref name="browser"/> in as a Global Administrator of <paramref name="tenantId"/> (admin sign-in
    /// comes before consent).</summary>
    public static Task SignInAsync(HttpClient browser, Guid tenantId) =>
        SignInWithRolesAsync(browser, tenantId, [OutlookNetworking.Web.Features.Admin.EntraDirectoryRoles.GlobalAdministrator]);

    /// <summary>The admin cookie (<c>name=value</c>) of a Global Administrator of <paramref name="tenantId"/>, for a client
    /// that sends it itself (a production host's cookie is Secure: a cookie-keeping client would not send it over http).</summary>
    public static async Task<string> AdminCookieAsync(HttpClient client, Guid tenantId)
    {
        using var response = await client.GetAsync(new Uri(QueryHelpers.AddQueryString(TestAdminSignIn.Path, new Dictionary<string, string?>
        {
            ["tid"] = tenantId.ToString("D"), ["wids"] = OutlookNetworking.Web.Features.Admin.EntraDirectoryRoles.GlobalAdministrator,
        }), UriKind.Relative));
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("on-admin=", StringComparison.Ordinal)).Split(';')[0];
    }

    /// <summary>Signs <paramref name="browser"/> in as an admin of <paramref name="tenantId"/> holding the directory roles
    /// <paramref name="wids"/> (template ids).</summary>
    public static async Task SignInWithRolesAsync(HttpClient browser, Guid tenantId, IEnumerable<string> wids)
    {
        var query = new List<KeyValuePair<string, string?>> { new("tid", tenantId.ToString("D")) };
        query.AddRange(wids.Select(w => new KeyValuePair<string, string?>("wids", w)));
        using var response = await browser.GetAsync(new Uri(QueryHelpers.AddQueryString(TestAdminSignIn.Path, query), UriKind.Relative));
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    /// <summary>GET /admin/consent/start in <paramref name="browser"/>; returns the Entra ID URL it redirected to.</summary>
    public static async Task<Uri> StartAsync(HttpClient browser)
    {
        using var response = await browser.GetAsync(new Uri("/admin/consent/start", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!;
    }

    /// <summary>Starts a flow and returns its state value.</summary>
    public static async Task<string> StartAndGetStateAsync(HttpClient browser) =>
        QueryHelpers.ParseQuery((await StartAsync(browser)).Query)["state"].ToString();

    /// <summary>Entra ID's redirect after an admin accepted for <paramref name="tenantId"/>.</summary>
    public static Task<HttpResponseMessage> CallbackSuccessAsync(HttpClient browser, string? state, Guid tenantId) =>
        CallbackAsync(browser, new Dictionary<string, string?>
        {
            ["admin_consent"] = "True",
            ["tenant"] = tenantId.ToString("D"),
            ["scope"] = "https://graph.microsoft.com/.default",
            ["state"] = state,
        });

    public static Task<HttpResponseMessage> CallbackAsync(HttpClient browser, IDictionary<string, string?> query)
    {
        var present = query.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value);
        return browser.GetAsync(new Uri(QueryHelpers.AddQueryString("/admin/consent/callback", present), UriKind.Relative));
    }
}
