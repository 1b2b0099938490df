using OutlookNetworking.Demo;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Lifecycle;

/// <summary>Data protection keys live in the store: what one instance protects (signed links, cookies), another
/// instance on the same store reads, and so does the same instance after a restart.</summary>
public sealed class DataProtectionKeysTests : IDisposable
{
    private readonly DirectoryInfo _shared = Directory.CreateTempSubdirectory("on-dp-keys-");

    [Fact]
    public async Task Protect_OneInstance_ReadByAnotherAndAfterRestart()
    {
        const string Secret = "tenant-status-access:11111111-aaaa-4aaa-8aaa-111111111111";
        string protectedText;
        await using (var first = new AuthTestHost())
        await using (var firstOnShared = OnSharedStore(first))
        await using (var second = new AuthTestHost())
        await using (var secondOnShared = OnSharedStore(second))
        {
            protectedText = Protector(firstOnShared).Protect(Secret);
            Assert.Equal(Secret, Protector(secondOnShared).Unprotect(protectedText));
        }

        SqliteConnection.ClearAllPools();
        await using var restarted = new AuthTestHost();
        await using var restartedOnShared = OnSharedStore(restarted);
        Assert.Equal(Secret, Protector(restartedOnShared).Unprotect(protectedText));
    }

    [Fact]
    public async Task Protect_SeparateStores_NotReadable()
    {
        await using var first = new AuthTestHost();
        await using var other = new AuthTestHost();
        var protectedText = Protector(first).Protect("x");

        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => Protector(other).Unprotect(protectedText));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            _shared.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private WebApplicationFactory<DemoProgram> OnSharedStore(AuthTestHost host) =>
        host.WithWebHostBuilder(b => b.UseSetting("App:DataDirectory", _shared.FullName));

    private static IDataProtector Protector(WebApplicationFactory<DemoProgram> host)
    {
        _ = host.Server; // started: the store is migrated before the first key is written
        return host.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("OutlookNetworking.Tests");
    }
}
