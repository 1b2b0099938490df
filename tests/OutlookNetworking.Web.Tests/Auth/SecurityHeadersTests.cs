using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Auth;

public sealed class SecurityHeadersTests(AuthTestHostFixture fixture) : IClassFixture<AuthTestHostFixture>
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/admin/consent")]
    [InlineData("/admin/manage")]
    [InlineData("/hangfire")]
    [InlineData("/digest/links/anything")]
    [InlineData("/api/auth/session")]
    public async Task AnyResponseOutsideThePane_CarriesSecurityHeadersAndNoPageMayFrameIt(string path)
    {
        var (directives, response) = await GetAsync(path);
        using (response)
        {
            // Finding 6 of the security review: frame-ancestors allowed *.microsoft.com, *.office.com, … on every page.
            Assert.Equal(["'none'"], directives["frame-ancestors"]);
            // Exactly this site and what office.js loads in Outlook: the CDN, MicrosoftAjax.js and its redirect target.
            Assert.Equal(["'self'", "https://ajax.aspnetcdn.com", "https://appsforoffice.microsoft.com", "https://cdnsrc.asp.net"],
                directives["script-src"].Order(StringComparer.Ordinal));
            Assert.Equal(["'none'"], directives["object-src"]);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
            Assert.False(response.Headers.Contains("X-Frame-Options"));
        }
    }

    [Theory]
    [InlineData("/taskpane/")]
    [InlineData("/taskpane/auth-dialog.html")]
    public async Task TaskPane_FramedByTheOutlookHostsOnly(string path)
    {
        var (directives, response) = await GetAsync(path);
        using (response)
        {
            Assert.Equal(["'self'", "https://outlook.cloud.microsoft", "https://outlook.live.com", "https://outlook.office.com", "https://outlook.office365.com"],
                directives["frame-ancestors"].Order(StringComparer.Ordinal));
        }
    }

    private async Task<(Dictionary<string, string[]> Directives, HttpResponseMessage Response)> GetAsync(string path)
    {
        using var client = fixture.Host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ').Skip(1).ToArray());
        return (directives, response);
    }
}
