using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Security;

/// <summary>A cookie-keeping browser on an <see cref="AuthTestHost"/>, signed in (or not) as a demo admin of a tenant
/// recorded in the store, that reads antiforgery tokens out of forms like a browser would submit them.</summary>
internal static partial class AdminBrowser
{
    public static async Task RecordTenantAsync(AuthTestHost host, Guid tenantId, string name = "Contoso") =>
        await host.Services.GetRequiredService<TenantStore>().RecordConsentAsync(tenantId, name, ["contoso.example"], null,
            host.Clock.GetUtcNow(), CancellationToken.None);

    /// <summary>Signs <paramref name="browser"/> in through the demo stand-in page as an admin of <paramref name="tenantId"/>.</summary>
    public static async Task SignInAsync(HttpClient browser, Guid tenantId)
    {
        var token = await FormTokenAsync(browser, "/demo/admin/signin");
        using var response = await browser.PostAsync("/demo/admin/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["TenantId"] = tenantId.ToString(), ["ReturnUrl"] = "/admin/manage",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>GETs a page and returns the antiforgery token of its form.</summary>
    public static async Task<string> FormTokenAsync(HttpClient browser, string path)
    {
        var html = await browser.GetStringAsync(path);
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"no antiforgery field on {path}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
