using Hangfire;
using Hangfire.InMemory;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Web.Features.Auth.AppTokens;
using OutlookNetworking.Web.Features.Auth.Demo;
using OutlookNetworking.Web.Features.Consent.Storage;
using OutlookNetworking.Web.Hosting;
using OutlookNetworking.Web.Tests.Infrastructure.Consent;

namespace OutlookNetworking.Web.Tests.Infrastructure;

/// <summary>
/// The web host as the auth tests need it: demo mode on (the local issuer's key signs test tokens; the demo
/// tenant <see cref="TestIds.HomeTenant"/> is consented automatically), <see cref="TestIds.OtherConsentedTenant"/>
/// consented too, a <see cref="FakeTimeProvider"/> as the app clock, and recording fakes for app tokens and first syncs.
/// </summary>
public sealed class AuthTestHost : WebApplicationFactory<Program>
{
    private readonly bool _demoEnabled;
    private readonly string _environment;
    private readonly HostRole _role;
    private readonly StorageOptions? _storage;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly DirectoryInfo _dataDirectory = Directory.CreateTempSubdirectory("on-web-tests-");

    /// <param name="role"><see cref="HostRole.Web"/>: no Hangfire server, so queued jobs stay queued for a test to inspect.</param>
    /// <param name="storage">The database (a <see cref="OutlookNetworking.TestSupport.TestDatabase"/>); default a SQLite file in the host's data folder.</param>
    /// <param name="settings">More configuration, e.g. <c>RateLimits:BurstPerUser</c>.</param>
    public AuthTestHost(bool demoEnabled = true, string environment = "Development", HostRole role = HostRole.All, StorageOptions? storage = null,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        _demoEnabled = demoEnabled;
        _environment = environment;
        _role = role;
        _storage = storage;
        _settings = settings ?? new Dictionary<string, string>();
    }

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
    public async Task<AuthTestHost> StartAsync()
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
        return this;
    }

    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("Demo:Enabled", _demoEnabled ? "true" : "false");
        builder.UseSetting("AzureAd:Instance", "https://login.microsoftonline.com/");
        builder.UseSetting("AzureAd:TenantId", "organizations");
        builder.UseSetting("AzureAd:ClientId", TestIds.ClientId);
        // Each host: its own data folder (SQLite file), the small hand-written tenant behind the
        // simulator, and no automatic night (these tests drive what they need).
        builder.UseSetting("App:DataDirectory", _dataDirectory.FullName);
        builder.UseSetting("Demo:TenantPath", Path.Combine(AppContext.BaseDirectory, "Fixtures", "contoso-stories"));
        builder.UseSetting("Demo:RunNightOnStart", "false");
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
            services.RemoveAll<IDemoDirectory>();
            services.AddSingleton<IDemoDirectory, TestDemoDirectory>();
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
        });
    }
}
