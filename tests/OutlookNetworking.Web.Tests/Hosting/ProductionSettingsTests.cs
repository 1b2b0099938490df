using Microsoft.Extensions.Configuration;
using OutlookNetworking.Web.Hosting.Startup;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Hosting;

/// <summary>
/// Every refusal of a production start, one case each: a complete configuration with one setting missing or malformed
/// gives exactly one refusal, naming that setting in both spellings with why and what to do.
/// </summary>
public sealed class ProductionSettingsTests
{
    private const string Missing = "(missing)";

    [Fact]
    public void Check_CompleteConfiguration_RefusesNothing()
    {
        Assert.Empty(ProductionSettings.Check(Configuration(ProductionConfiguration.Complete())));
    }

    [Theory]
    [InlineData("AzureAd:ClientId", Missing, "AzureAd:ClientId", "is not set")]
    [InlineData("AzureAd:ClientId", "not-a-guid", "AzureAd:ClientId", "must be a GUID, not 'not-a-guid'")]
    [InlineData("AzureAd:ClientId", "00000000-0000-0000-0000-000000000000", "AzureAd:ClientId", "must be a GUID")]
    [InlineData("AzureAd:Instance", "http://login.microsoftonline.com/", "AzureAd:Instance", "must be an https URL")]
    [InlineData("AzureAd:Audience", "networking audience", "AzureAd:Audience", "must be the Application ID URI")]
    [InlineData("App:PublicBaseUrl", Missing, "App:PublicBaseUrl", "is not set")]
    [InlineData("App:PublicBaseUrl", "http://networking.contoso.example", "App:PublicBaseUrl", "must be an absolute https URL")]
    [InlineData("App:PublicBaseUrl", "networking.contoso.example", "App:PublicBaseUrl", "must be an absolute https URL")]
    [InlineData("Consent:RedirectUri", "https://other.contoso.example/admin/consent/callback", "Consent:RedirectUri",
        "must equal App:PublicBaseUrl + /admin/consent/callback (https://networking.contoso.example/admin/consent/callback)")]
    [InlineData("AllowedHosts", "*", "AllowedHosts", "must name the host names served, not '*'")]
    [InlineData("AllowedHosts", Missing, "AllowedHosts", "is not set")]
    [InlineData("Digest:SenderMailbox", Missing, "Digest:SenderMailbox", "is not set")]
    [InlineData("Digest:SenderMailbox", "digest-mailbox", "Digest:SenderMailbox", "must be a user principal name or SMTP address")]
    [InlineData("Storage:Provider", "SqlServer", "Storage:Provider", "must be Sqlite or PostgreSql, not 'SqlServer'")]
    [InlineData("Storage:Provider", "PostgreSql", "Storage:ConnectionString", "is not set although Storage:Provider is PostgreSql")]
    [InlineData("Hangfire:Storage", "Redis", "Hangfire:Storage", "must be InMemory or PostgreSql, not 'Redis'")]
    [InlineData("Hangfire:Storage", "PostgreSql", "Hangfire:ConnectionString", "is not set although Hangfire:Storage is PostgreSql")]
    [InlineData("ForwardedHeaders:KnownProxies:0", "nginx.local", "ForwardedHeaders:KnownProxies:0", "must be an IP address")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0", "ForwardedHeaders:KnownNetworks:0", "must be a network in CIDR notation")]
    [InlineData("Admin:OperatorTenantId", "contoso.example", "Admin:OperatorTenantId", "must be a tenant id (GUID)")]
    [InlineData("OpenTelemetry:OtlpEndpoint", "collector:4317", "OpenTelemetry:OtlpEndpoint", "must be an absolute http(s) URL")]
    [InlineData("AzureAd:ClientCredentials:0:SourceType", "Password", "AzureAd:ClientCredentials:0:SourceType", "is not a known credential source: 'Password'")]
    [InlineData("AzureAd:ClientCredentials:0:ClientSecret", Missing, "AzureAd:ClientCredentials:0:ClientSecret", "is not set, and a ClientSecret credential needs it")]
    [InlineData("AzureAd:ClientCredentials:0:Skip", "true", "AzureAd:ClientCredentials", "has only skipped entries")]
    public void Check_OneSettingWrong_RefusesNamingIt(string key, string value, string refusedKey, string why)
    {
        var settings = ProductionConfiguration.Complete();
        if (value == Missing)
        {
            settings.Remove(key);
        }
        else
        {
            settings[key] = value;
        }

        var refusal = Assert.Single(ProductionSettings.Check(Configuration(settings)));

        Assert.Equal(refusedKey, refusal.Key);
        Assert.Contains(why, refusal.Why, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(refusal.WhatToDo));
        var line = refusal.ToString();
        Assert.StartsWith($"Refusing to start: {refusedKey} (environment variable {refusedKey.Replace(":", "__", StringComparison.Ordinal)}) ", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line);
    }

    [Theory]
    [InlineData("StoreWithThumbprint", "CertificateThumbprint")]
    [InlineData("KeyVault", "KeyVaultCertificateName")]
    [InlineData("Path", "CertificateDiskPath")]
    [InlineData("Base64Encoded", "Base64EncodedValue")]
    public void Check_CertificateEntryWithoutItsLocation_RefusesNamingTheMissingKey(string sourceType, string missingKey)
    {
        var settings = ProductionConfiguration.Complete();
        settings["AzureAd:ClientCredentials:0:SourceType"] = sourceType;
        settings.Remove("AzureAd:ClientCredentials:0:ClientSecret");
        settings["AzureAd:ClientCredentials:0:CertificateStorePath"] = "CurrentUser/My";
        settings["AzureAd:ClientCredentials:0:KeyVaultUrl"] = "https://contoso-vault.vault.azure.net/";

        var refusals = ProductionSettings.Check(Configuration(settings));

        Assert.Contains(refusals, r => r.Key == "AzureAd:ClientCredentials:0:" + missingKey);
    }

    [Fact]
    public void Check_NoCredentialEntry_Refuses()
    {
        var settings = ProductionConfiguration.Complete();
        settings.Remove("AzureAd:ClientCredentials:0:SourceType");
        settings.Remove("AzureAd:ClientCredentials:0:ClientSecret");

        var refusal = Assert.Single(ProductionSettings.Check(Configuration(settings)));

        Assert.Equal("AzureAd:ClientCredentials", refusal.Key);
        Assert.Contains("has no entry", refusal.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ManagedIdentityCredential_IsEnoughWithoutASecret()
    {
        var settings = ProductionConfiguration.Complete();
        settings["AzureAd:ClientCredentials:0:SourceType"] = "SignedAssertionFromManagedIdentity";
        settings.Remove("AzureAd:ClientCredentials:0:ClientSecret");
        settings["AzureAd:ClientCredentials:0:ManagedIdentityClientId"] = "3b9f2a71-4c55-4d1e-8f0a-2c6b7d8e9f10";

        Assert.Empty(ProductionSettings.Check(Configuration(settings)));
    }

    [Fact]
    public void Check_DigestDisabled_NeedsNoSender()
    {
        var settings = ProductionConfiguration.Complete();
        settings.Remove("Digest:SenderMailbox");
        settings["Digest:Enabled"] = "false";

        Assert.Empty(ProductionSettings.Check(Configuration(settings)));
    }

    [Fact]
    public void Check_RedirectUriEqualToThePublicCallback_IsAccepted()
    {
        var settings = ProductionConfiguration.Complete();
        settings["Consent:RedirectUri"] = ProductionConfiguration.PublicBaseUrl + "/admin/consent/callback";

        Assert.Empty(ProductionSettings.Check(Configuration(settings)));
    }

    private static IConfiguration Configuration(Dictionary<string, string> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(kv => KeyValuePair.Create(kv.Key, (string?)kv.Value))).Build();
}
