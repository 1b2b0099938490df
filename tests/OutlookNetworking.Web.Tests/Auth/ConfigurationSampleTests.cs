using Microsoft.Extensions.Configuration;
using Microsoft.Identity.Abstractions;
using OutlookNetworking.Web.Features.Auth;
using OutlookNetworking.Demo.Features.Auth;
using OutlookNetworking.Web.Features.Consent;
using OutlookNetworking.Web.Features.Security;

namespace OutlookNetworking.Web.Tests.Auth;

public sealed class ConfigurationSampleTests
{
    private static readonly IConfiguration Sample = new ConfigurationBuilder()
        .AddJsonFile(FindSample(), optional: false)
        .Build();

    [Fact]
    public void Sample_AzureAd_BindsEveryCredentialKindInPreferenceOrder()
    {
        var options = Sample.GetSection(EntraIdOptions.SectionName).Get<EntraIdOptions>()!;

        Assert.Equal("organizations", options.TenantId);
        Assert.Equal(
            [CredentialSource.StoreWithThumbprint, CredentialSource.KeyVault, CredentialSource.SignedAssertionFromManagedIdentity, CredentialSource.ClientSecret],
            options.ClientCredentials.Select(c => c.SourceType));
        Assert.Equal("https://login.microsoftonline.com/{tenantid}/v2.0", options.IssuerTemplate);
    }

    [Fact]
    public void Sample_ConsentDemoAndHeaders_BindToTheirOptions()
    {
        var consent = Sample.GetSection(ConsentOptions.SectionName).Get<ConsentOptions>()!;
        var demo = Sample.GetSection(DemoOptions.SectionName).Get<DemoOptions>()!;
        var headers = Sample.GetSection(SecurityHeadersOptions.SectionName).Get<SecurityHeadersOptions>()!;

        Assert.Equal(TimeSpan.FromMinutes(10), consent.StateLifetime);
        Assert.Equal("https://networking.contoso.example/admin/consent/callback", consent.RedirectUri);
        Assert.False(demo.AllowNonLoopback);
        Assert.Equal(TimeSpan.FromHours(1), demo.TokenLifetime);
        Assert.Contains("https://outlook.office.com", headers.FrameAncestors);
    }

    private static string FindSample()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "appsettings.sample.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("appsettings.sample.json not found above " + AppContext.BaseDirectory);
    }
}
