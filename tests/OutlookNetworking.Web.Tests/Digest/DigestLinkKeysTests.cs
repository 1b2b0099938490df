using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.TestSupport;
using OutlookNetworking.Web.Features.Digest;
using OutlookNetworking.Web.Features.Digest.Links;
using OutlookNetworking.Web.Hosting;

namespace OutlookNetworking.Web.Tests.Digest;

/// <summary>Signed links work on every instance and after a restart: the data-protection keys live in the store.</summary>
public sealed class DigestLinkKeysTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task SignedLink_MadeByOneInstance_ReadByAnotherOnTheSameStore(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 7, 1, 7, 0, 0, TimeSpan.Zero));
        await using var first = Instance(database, clock);
        await using var second = Instance(database, clock);
        var (tenant, user) = (Guid.NewGuid(), Guid.NewGuid());

        var token = first.GetRequiredService<DigestLinkSigner>().Sign(DigestLinkAction.Done, tenant, user, "s_0123456789abcdef");
        var check = second.GetRequiredService<DigestLinkSigner>().Read(DigestLinkAction.Done, token, out var payload);

        Assert.Equal(DigestLinkCheck.Valid, check);
        Assert.Equal((tenant, user, "s_0123456789abcdef"), (payload!.TenantId, payload.UserId, payload.SuggestionKey));
        await using var db = first.GetRequiredService<IAppDbContextFactory>().CreateDbContext();
        Assert.NotEmpty(db.DataProtectionKeys);
    }

    private static ServiceProvider Instance(TestDatabase database, TimeProvider clock)
    {
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(clock);
        services.AddSingleton(Options.Create(new AppOptions()));
        services.AddOutlookNetworkingStorage(database.Options);
        services.AddDigestServices(new ConfigurationBuilder().Build());
        return services.BuildServiceProvider();
    }
}
