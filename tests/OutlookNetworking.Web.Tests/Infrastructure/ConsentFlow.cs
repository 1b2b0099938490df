using System.Net;
using Microsoft.AspNetCore.WebUtilities;

namespace OutlookNetworking.Web.Tests.Infrastructure;

/// <summary>Drives the admin consent flow as a browser would, standing in for Entra ID's redirect back.</summary>
public static class ConsentFlow
{
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
