using OutlookNetworking.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace OutlookNetworking.Web.Tests.Digest;

/// <summary>
/// The real host in demo mode over the hand-written contoso-stories tenant (Ava in Los Angeles, Ben in London),
/// with its own data folder, Hangfire in memory with a server, a <see cref="FakeTimeProvider"/> at the snapshot's
/// <c>now</c> (Monday 30 June 2025, 18:00 UTC) and no automatic first night.
/// </summary>
public sealed class DigestTestHost : WebApplicationFactory<DemoProgram>
{
    public static readonly Guid Tenant = Guid.Parse("082b0f07-d204-5b20-a5ea-f52016e1d6be");
    public static readonly Guid Ava = Guid.Parse("8560c69b-ec84-5ac0-999b-e5c8dac5464a");
    public static readonly Guid Ben = Guid.Parse("849709ec-91d8-560b-8328-33c91775d857");

    private readonly DirectoryInfo _dataDirectory = Directory.CreateTempSubdirectory("on-digest-tests-");

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 6, 30, 18, 0, 0, TimeSpan.Zero));

    public HttpClient CreateBrowser() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("App:DataDirectory", _dataDirectory.FullName);
        builder.UseSetting("Demo:TenantPath", Path.Combine(AppContext.BaseDirectory, "Fixtures", "contoso-stories"));
        builder.UseSetting("Demo:RunNightOnStart", "false");
        // Every test client shares one (empty) client address: the per-client limit is RateLimitTests' subject, not these tests'.
        builder.UseSetting("RateLimits:BurstPerAnonymousClient", "100000");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _dataDirectory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // best effort: the OS cleans its temp folder
        }
    }
}
