using Hangfire;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Hangfire.InMemory;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Demo;
using OutlookNetworking.Web.Features.Auth.AppTokens;
using OutlookNetworking.Demo.Features.Auth;
using OutlookNetworking.Web.Features.Consent.Storage;
using OutlookNetworking.Web.Hosting;
using OutlookNetworking.Web.Tests.Infrastructure.Consent;

namespace OutlookNetworking.Web.Tests.Infrastructure;

/// <summary>
/// The demo host (src/OutlookNetworking.Demo) as the auth tests need it: the local issuer's key signs test tokens; the
/// demo tenant <see cref="TestIds.HomeTenant"/> is consented automatically, over the small hand-written tenant behind
/// the simulator, with no automatic night (these tests drive what they need). See <see cref="TestHostBase{TEntryPoint}"/>.
/// </summary>
public sealed class AuthTestHost(string environment = "Development", HostRole role = HostRole.All, StorageOptions? storage = null,
    IReadOnlyDictionary<string, string>? settings = null) : TestHostBase<DemoProgram>(environment, role, storage, settings)
{
    /// <summary>The demo issuer's key (its tokens are the ones the demo host signs).</summary>
    public override SigningCredentials TokenSigning => Services.GetRequiredService<DemoSigningKey>().Credentials;

    protected override void ConfigureHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Demo:TenantPath", Path.Combine(AppContext.BaseDirectory, "Fixtures", "contoso-stories"));
        builder.UseSetting("Demo:RunNightOnStart", "false");
    }

    protected override void ConfigureHostServices(IServiceCollection services)
    {
        services.RemoveAll<IDemoDirectory>();
        services.AddSingleton<IDemoDirectory, TestDemoDirectory>();
    }
}

/// <summary>The production host (src/OutlookNetworking.Web, no demo) with the test fakes of <see cref="TestHostBase{TEntryPoint}"/>;
/// its JwtBearer trusts the test-only <see cref="TestIssuer"/> (in place of Entra ID's published keys), so
/// <see cref="TestTokens"/> can sign users of any tenant in.</summary>
public sealed class ProductionTestHost(string environment = "Development", HostRole role = HostRole.All, StorageOptions? storage = null,
    IReadOnlyDictionary<string, string>? settings = null) : TestHostBase<Program>(environment, role, storage, settings)
{
    private readonly TestIssuer _issuer = new();

    public override SigningCredentials TokenSigning => _issuer.Credentials;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _issuer.Dispose();
        GC.SuppressFinalize(this);
    }

    protected override void ConfigureHostServices(IServiceCollection services)
    {
        services.AddSingleton(_issuer);
        services.AddSingleton<IPostConfigureOptions<JwtBearerOptions>, TestIssuer.JwtBearerPostConfigure>();
    }
}

/// <summary>A test host whose bearer tokens <see cref="TestTokens"/> can sign.</summary>
public interface ITestTokenHost
{
    /// <summary>The key the host's JwtBearer trusts.</summary>
    SigningCredentials TokenSigning { get; }

    IServiceProvider Services { get; }

    HttpClient CreateClient();
}

/// <summary>
/// A host as the auth tests need it: <see cref="TestIds.OtherConsentedTenant"/> consented, a <see cref="FakeTimeProvider"/>
/// as the app clock, and recording fakes for app tokens, first syncs, the consent audit and the consented tenants.
/// </summary>
public abstract class TestHostBase<TEntryPoint> : WebApplicationFactory<TEntryPoint>, ITestTokenHost
    where TEntryPoint : class
{
    private readonly string _environment;
    private readonly HostRole _role;
    private readonly StorageOptions? _storage;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly DirectoryInfo _dataDirectory = Directory.CreateTempSubdirectory("on-web-tests-");

    /// <param name="role"><see cref="HostRole.Web"/>: no Hangfire server, so queued jobs stay queued for a test to inspect.</param>
    /// <param name="storage">The database (a <see cref="OutlookNetworking.TestSupport.TestDatabase"/>); default a SQLite file in the host's data folder.</param>
    /// <param name="settings">More configuration, e.g. <c>RateLimits:BurstPerUser</c>.</param>
    protected TestHostBase(string environment, HostRole role, StorageOptions? storage, IReadOnlyDictionary<string, string>? settings)
    {
        _environment = environment;
        _role = role;
        _storage = storage;
        _settings = settings ?? new Dictionary<string, string>();
    }

    public abstract SigningCredentials TokenSigning { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 6, 30, 18, 0, 0, TimeSpan.Zero));

    public FakeAppTokenSource AppTokens { get; } = new();

    /// <summary>Keep the host's own app token source (demo mode: the local stand-in for Entra ID) instead of <see cref="AppTokens"/>.</summary>
    public bool UseHostAppTokens { get; init; }

    public RecordingFirstSyncScheduler FirstSyncs { get; } = new();

    public InMemoryConsentAuditLog Audit { get; } = new();

    public InMemoryTenantConsentStore Tenants { get; } = new();

    /// <summary>Error logs of the host (see <see cref="StartupErrorLog"/>).</summary>
    public StartupErrorLog ErrorLog { get; } = new();

    /// <summary>Starts the host and seeds the second consented tenant.</summary>
    public async Task StartAsync()
    {
        try
        {
            _ = Services;
        }
        catch (ObjectDisposedException ex)
        {
            throw new InvalidOperationException("The host failed to start: " + string.Join(Environment.NewLine, ErrorLog.Errors), ex);
        }

        await Tenants.RecordAsync(TestIds.OtherConsentedTenant, Clock.GetUtcNow().AddDays(-30), CancellationToken.None);
    }

    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>The host's own settings (before the test's).</summary>
    protected virtual void ConfigureHost(IWebHostBuilder builder)
    {
    }

    /// <summary>The host's own service replacements (after the base's).</summary>
    protected virtual void ConfigureHostServices(IServiceCollection services)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        ConfigureHost(builder);
        builder.UseSetting("AzureAd:Instance", "https://login.microsoftonline.com/");
        builder.UseSetting("AzureAd:TenantId", "organizations");
        builder.UseSetting("AzureAd:ClientId", TestIds.ClientId);
        // Each host: its own data folder (SQLite file).
        builder.UseSetting("App:DataDirectory", _dataDirectory.FullName);
        builder.UseSetting("App:Role", _role.ToString());
        // Every test client shares one (empty) client address: the per-client limit is RateLimitTests' subject (which sets its own).
        builder.UseSetting("RateLimits:BurstPerAnonymousClient", "100000");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_storage is not null)
        {
            builder.UseSetting("Storage:Provider", _storage.Provider.ToString());
            builder.UseSetting("Storage:ConnectionString", _storage.ConnectionString);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(ErrorLog));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            if (!UseHostAppTokens)
            {
                services.RemoveAll<IAppTokenSource>();
                services.AddSingleton<IAppTokenSource>(AppTokens);
            }
            services.RemoveAll<IFirstSyncScheduler>();
            services.AddSingleton<IFirstSyncScheduler>(FirstSyncs);
            services.RemoveAll<IConsentAuditLog>();
            services.AddSingleton<IConsentAuditLog>(Audit);
            services.RemoveAll<ITenantConsentStore>();
            services.AddSingleton<ITenantConsentStore>(Tenants);
            // Hangfire's DI storage is JobStorage.Current, a static the hosts of parallel tests overwrite for each
            // other: give each host its own (disposed with it), so jobs and locks never cross hosts.
            services.RemoveAll<JobStorage>();
            services.AddSingleton<JobStorage>(_ => new InMemoryStorage());
            services.AddSingleton<IStartupFilter, TestAdminSignIn>();
            ConfigureHostServices(services);
        });
    }
}
