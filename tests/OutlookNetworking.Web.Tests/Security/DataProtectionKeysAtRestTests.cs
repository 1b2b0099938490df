using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Web.Tests.Infrastructure;
using OutlookNetworking.Web.Tests.ScaleOut;

namespace OutlookNetworking.Web.Tests.Security;

/// <summary>Finding 2 of the security review: data-protection keys sat unencrypted in the database, so a backup was enough
/// to forge admin cookies, digest links and status cookies.</summary>
public sealed class DataProtectionKeysAtRestTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("on-dp-cert-");

    [Fact]
    public async Task CertificateConfigured_StoredKeysAreEncryptedAndStillRead()
    {
        var pfx = WriteCertificate("key-encryption", "pfx-password");
        await using var host = new AuthTestHost(settings: new Dictionary<string, string>
        {
            ["DataProtection:Certificate:Path"] = pfx,
            ["DataProtection:Certificate:Password"] = "pfx-password",
        });
        await using var control = new AuthTestHost();

        var secret = Protect(host, "status-cookie");
        var stored = await StoredKeysAsync(host);

        Assert.Equal("status-cookie", host.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("t").Unprotect(secret));
        Assert.Contains("encryptedSecret", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("<value>", stored, StringComparison.Ordinal);
        // The control host (no certificate, Development) keeps the key material in plain text: what a backup leaked.
        Protect(control, "x");
        Assert.Contains("<value>", await StoredKeysAsync(control), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")] // any environment but Development, as every other production setting
    public void Production_NoCertificate_RefusesInOneLineWithExitCode1(string environment)
    {
        // Every other production setting complete (the strict start-up checks them first): the keys are the one refusal.
        using var product = ProductProcess.Start("web", new Dictionary<string, string>(ProductionConfiguration.Complete().AsEnvironment())
        {
            ["ASPNETCORE_ENVIRONMENT"] = environment,
            ["DOTNET_ENVIRONMENT"] = environment,
            ["DataProtection__AllowUnprotectedKeys"] = "false",
            ["App__DataDirectory"] = _folder.FullName,
        });

        Assert.True(product.WaitForExit(TimeSpan.FromMinutes(2)), "the host kept running: " + product.Output);
        var lines = product.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(1, product.ExitCode);
        var line = Assert.Single(lines);
        // One more configuration refusal (StartupRefusals): the setting as an admin writes it, why, and what to do.
        Assert.Contains("Refusing to start: DataProtection:Certificate:Path (environment variable DataProtection__Certificate__Path) is not set: ",
            line, StringComparison.Ordinal);
        Assert.Contains("DataProtection:AllowUnprotectedKeys=true", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", product.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Production_CertificateFileMissing_RefusesNamingThePath()
    {
        using var product = ProductProcess.Start("web", new Dictionary<string, string>(ProductionConfiguration.Complete().AsEnvironment())
        {
            ["DataProtection__AllowUnprotectedKeys"] = "false",
            ["DataProtection__Certificate__Path"] = Path.Combine(_folder.FullName, "missing.pfx"),
            ["App__DataDirectory"] = _folder.FullName,
        });

        Assert.True(product.WaitForExit(TimeSpan.FromMinutes(2)), "the host kept running: " + product.Output);

        Assert.Equal(1, product.ExitCode);
        Assert.Contains("Refusing to start: DataProtection:Certificate:Path (environment variable DataProtection__Certificate__Path) names a file that does not exist.",
            Assert.Single(product.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", product.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string Protect(AuthTestHost host, string value)
    {
        _ = host.Server;
        return host.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("t").Protect(value);
    }

    private static async Task<string> StoredKeysAsync(AuthTestHost host)
    {
        await using var db = host.Services.GetRequiredService<IAppDbContextFactory>().CreateDbContext();
        var xml = await db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToListAsync();
        return string.Join("\n", xml);
    }

    private string WriteCertificate(string name, string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(_folder.FullName, name + ".pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, password));
        return path;
    }
}
