using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using OutlookNetworking.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OutlookNetworking.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The real host on real loopback sockets (Kestrel on free ports: http, and https with a self-signed certificate for
/// pages that must be a secure origin, as Outlook requires of add-ins), in demo mode over a tenant snapshot
/// (default: the hand-written contoso-stories fixture), with its own data folder and no automatic first night.
/// <code>await using var host = LiveHost.Start(); await page.GotoAsync(host.Url("/"));</code>
/// </summary>
public sealed class LiveHost : WebApplicationFactory<DemoProgram>
{
    private readonly string? _tenantPath;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly TimeProvider? _clock;
    private readonly DirectoryInfo _dataDirectory = Directory.CreateTempSubdirectory("on-e2e-");

    private LiveHost(string? tenantPath, IReadOnlyDictionary<string, string?> settings, TimeProvider? clock)
    {
        _tenantPath = tenantPath;
        _settings = settings;
        _clock = clock;
    }

    public static string ContosoStories => Path.Combine(AppContext.BaseDirectory, "Fixtures", "contoso-stories");

    /// <summary>The origin the browser opens, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseUri { get; private set; } = null!;

    /// <summary>Starts a host over <paramref name="tenantPath"/> (default contoso-stories) with extra settings and, when
    /// given, <paramref name="clock"/> as the app's clock (e.g. a FakeTimeProvider; default: the demo clock, the
    /// snapshot's <c>now</c> running at real speed).</summary>
    public static LiveHost Start(string? tenantPath = null, IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? clock = null) =>
        StartOn(tenantPath ?? ContosoStories, settings, clock);

    /// <summary>Starts a host on the demo's own default tenant, as <c>dotnet run --project src/OutlookNetworking.Demo</c>
    /// does: no <c>Demo:TenantPath</c>, so the tenant is generated (40 users, 12 months, seed 7) in the host's data folder.</summary>
    public static LiveHost StartDefaultTenant(IReadOnlyDictionary<string, string?>? settings = null) => StartOn(null, settings, null);

    private static LiveHost StartOn(string? tenantPath, IReadOnlyDictionary<string, string?>? settings, TimeProvider? clock)
    {
        var host = new LiveHost(tenantPath, settings ?? new Dictionary<string, string?>(), clock);
        host.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(SelfSignedCertificate.Value));
        });
        host.StartServer();
        var addresses = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a.Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal).Replace("://localhost", "://127.0.0.1", StringComparison.Ordinal)))
            .ToList();
        host.BaseUri = addresses.First(a => a.Scheme == Uri.UriSchemeHttp);
        host.HttpsBaseUri = addresses.First(a => a.Scheme == Uri.UriSchemeHttps);
        return host;
    }

    /// <summary>The https origin (self-signed certificate: browser contexts that use it ignore certificate errors).</summary>
    public Uri HttpsBaseUri { get; private set; } = null!;

    public string Url(string pathAndQuery) => new Uri(BaseUri, pathAndQuery).ToString();

    /// <summary>A URL on the https origin, e.g. the task pane as Outlook opens it (add-ins must be https).</summary>
    public string HttpsUrl(string pathAndQuery) => new Uri(HttpsBaseUri, pathAndQuery).ToString();

    /// <summary>The self-signed certificate (CN and IP SAN 127.0.0.1) of every https socket the tests open.</summary>
    internal static readonly Lazy<X509Certificate2> SelfSignedCertificate = new(() =>
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        // Re-imported so that the private key is usable by SslStream on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    });

    /// <summary><c>POST /demo/night</c>: directory, sync, analysis and digests of every mailbox, waited for; the summary.</summary>
    public async Task<JsonElement> RunNightAsync()
    {
        using var http = CreateHttpClient();
        using var night = await http.PostAsync(new Uri("/demo/night?timeoutSeconds=300", UriKind.Relative), null);
        night.EnsureSuccessStatusCode();
        return await night.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>An HttpClient for the live socket (no cookies, no redirects).</summary>
    public HttpClient CreateHttpClient() => new(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false }) { BaseAddress = BaseUri };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Demo:RunNightOnStart", "false");
        if (_tenantPath is not null)
        {
            builder.UseSetting("Demo:TenantPath", _tenantPath);
        }

        builder.UseSetting("App:DataDirectory", _dataDirectory.FullName);
        // Token validation logs every request at Information: noise in the test log.
        builder.UseSetting("Logging:LogLevel:Microsoft.IdentityModel", "Warning");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_clock is not null)
        {
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(_clock);
            });
        }
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
