using System.Net;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Security;

/// <summary>
/// The production admin sign-in when Entra ID cannot be reached (the instance points at a closed loopback port): the
/// admin page answers a 503 page that says so and what to do, with Retry-After, not a blank 500.
/// </summary>
public sealed class EntraIdUnreachableTests
{
    [Theory]
    [InlineData("/admin/manage")]
    [InlineData("/hangfire")]
    public async Task AdminPage_EntraIdUnreachable_503PageSayingSo(string path)
    {
        var settings = ProductionConfiguration.Complete();
        settings["AzureAd:Instance"] = "https://127.0.0.1:1/"; // nothing listens there: the connection is refused
        await using var host = new ProductionTestHost(environment: "Production", settings: settings);
        using var browser = host.CreateBrowser();

        using var response = await browser.GetAsync(new Uri(path, UriKind.Relative));

        var page = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{response.StatusCode}: {page}");
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("<h1>Microsoft Entra ID could not be reached</h1>", page, StringComparison.Ordinal);
        Assert.Contains("Try again in a minute", page, StringComparison.Ordinal);
        Assert.Equal("60", response.Headers.RetryAfter?.ToString());
    }
}
