using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Auth;

public sealed class SecurityHeadersTests(AuthTestHostFixture fixture) : IClassFixture<AuthTestHostFixture>
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/admin/consent")]
    [InlineData("/api/auth/session")]
    public async Task AnyResponse_Always_CarriesSecurityHeadersThatAllowOfficeFraming(string path)
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ').Skip(1).ToArray());

        Assert.Contains("https://outlook.office.com", directives["frame-ancestors"]);
        Assert.Contains("https://*.office365.com", directives["frame-ancestors"]);
        Assert.Contains("'self'", directives["frame-ancestors"]);
        Assert.DoesNotContain("*", directives["frame-ancestors"]);
        // Exactly this site and what office.js loads in Outlook: the CDN, MicrosoftAjax.js and its redirect target.
        Assert.Equal(["'self'", "https://ajax.aspnetcdn.com", "https://appsforoffice.microsoft.com", "https://cdnsrc.asp.net"],
            directives["script-src"].Order(StringComparer.Ordinal));
        Assert.Equal(["'none'"], directives["object-src"]);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("X-Frame-Options"));
    }
}
