using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using OutlookNetworking.Web.Features.Security.Keys;
using OutlookNetworking.Web.Hosting.Startup;

namespace OutlookNetworking.Web.Tests.Security;

/// <summary>
/// The key-encryption certificate's refusals are configuration refusals like every other setting's (StartupRefusals:
/// one line naming the setting in both spellings, exit code 1): one case each, beside the process tests of
/// <see cref="DataProtectionKeysAtRestTests"/> (no certificate, a missing file).
/// </summary>
public sealed class KeyEncryptionCertificateRefusalTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("on-kek-");

    [Fact]
    public void Load_PfxWithoutPrivateKey_RefusedNamingThePath()
    {
        using var withKey = NewCertificate();
        using var publicOnly = X509CertificateLoader.LoadCertificate(withKey.Export(X509ContentType.Cert));
        var path = Path.Combine(_folder.FullName, "public-only.pfx");
        File.WriteAllBytes(path, publicOnly.Export(X509ContentType.Pfx));

        var refusal = Refusal(new DataProtectionKeyOptions.CertificateSource { Path = path });

        Assert.Equal("DataProtection:Certificate:Path", refusal.Key);
        Assert.Contains("without its private key", refusal.Why, StringComparison.Ordinal);
        Assert.StartsWith("Refusing to start: DataProtection:Certificate:Path (environment variable DataProtection__Certificate__Path) names a certificate without its private key",
            refusal.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PfxWithAnotherPassword_RefusedNamingThePathAndThePassword()
    {
        using var certificate = NewCertificate();
        var path = Path.Combine(_folder.FullName, "protected.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, "right"));

        var refusal = Refusal(new DataProtectionKeyOptions.CertificateSource { Path = path, Password = "wrong" });

        Assert.Equal("DataProtection:Certificate:Path", refusal.Key);
        Assert.Contains("not a PKCS#12 certificate this password opens", refusal.Why, StringComparison.Ordinal);
        Assert.Contains("DataProtection:Certificate:Password", refusal.WhatToDo, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong", refusal.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ThumbprintNotInTheStore_RefusedNamingTheThumbprint()
    {
        using var certificate = NewCertificate();

        var refusal = Refusal(new DataProtectionKeyOptions.CertificateSource { Thumbprint = certificate.Thumbprint });

        Assert.Equal("DataProtection:Certificate:Thumbprint", refusal.Key);
        Assert.Contains("matches no certificate in the CurrentUser/My store", refusal.Why, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private static ConfigurationRefusal Refusal(DataProtectionKeyOptions.CertificateSource source)
    {
        var refused = Assert.Throws<ConfigurationRefusedException>(() => KeyEncryptionCertificate.Load(source).Dispose());
        var refusal = Assert.Single(refused.Refusals);
        Assert.Equal([refusal.ToString()], StartupRefusals.LinesOf(refused));
        Assert.False(string.IsNullOrWhiteSpace(refusal.WhatToDo));
        return refusal;
    }

    private static X509Certificate2 NewCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=outlooknetworking-kek-test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
    }
}
