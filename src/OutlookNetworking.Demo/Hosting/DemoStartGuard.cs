using System.Net;
using OutlookNetworking.Demo.Features.Auth;
using OutlookNetworking.Web.Hosting.Startup;

namespace OutlookNetworking.Demo.Hosting;

/// <summary>
/// The demo's token issuer signs any user's token on request: the demo refuses to start in any environment but
/// <c>Development</c>, and on any address but loopback (<c>localhost</c>, 127.0.0.0/8, <c>[::1]</c>; <c>*</c>,
/// <c>+</c>, <c>0.0.0.0</c> and <c>[::]</c> are every interface), unless <c>Demo:AllowNonLoopback=true</c>.
/// Addresses are read where Kestrel reads them: <c>urls</c> (<c>--urls</c>, <c>ASPNETCORE_URLS</c>),
/// <c>http_ports</c>/<c>https_ports</c> (every interface) and <c>Kestrel:Endpoints:*:Url</c>.
/// </summary>
internal static class DemoStartGuard
{
    public const string EnvironmentKey = "ASPNETCORE_ENVIRONMENT";

    /// <summary>Why the demo must not start (none: it may), from the host's environment and configuration.</summary>
    public static IReadOnlyList<ConfigurationRefusal> Refusals(string environmentName, IConfiguration configuration)
    {
        var refusals = new List<ConfigurationRefusal>();
        if (!string.Equals(environmentName, Environments.Development, StringComparison.OrdinalIgnoreCase))
        {
            refusals.Add(new ConfigurationRefusal(EnvironmentKey,
                $"is '{environmentName}': the demo host runs only in Development, as its token issuer signs any user's token",
                "Run the production host (src/OutlookNetworking.Web) there, or set ASPNETCORE_ENVIRONMENT=Development on a developer machine."));
        }

        var allow = configuration.GetValue<bool>(DemoOptions.SectionName + ":" + nameof(DemoOptions.AllowNonLoopback));
        var open = ListenAddresses(configuration).Where(a => !IsLoopback(a)).ToList();
        if (open.Count > 0 && !allow)
        {
            refusals.Add(new ConfigurationRefusal("urls",
                $"names {string.Join(", ", open)}, not a loopback address: anyone who reaches it could sign in as anyone",
                "Listen on localhost, 127.0.0.1 or [::1] (e.g. --urls http://127.0.0.1:5000), or set Demo:AllowNonLoopback=true on a network you trust."));
        }

        return refusals;
    }

    /// <summary>The non-loopback addresses the demo listens on while <c>Demo:AllowNonLoopback=true</c> lets it.</summary>
    public static IReadOnlyList<string> NonLoopbackAddresses(IConfiguration configuration) =>
        [.. ListenAddresses(configuration).Where(a => !IsLoopback(a))];

    /// <summary>Throws <see cref="ConfigurationRefusedException"/> (one line per reason, exit code 1) unless the demo may start.</summary>
    public static void Check(WebApplicationBuilder builder)
    {
        var refusals = Refusals(builder.Environment.EnvironmentName, builder.Configuration);
        if (refusals.Count > 0)
        {
            throw new ConfigurationRefusedException(refusals);
        }
    }

    private static IEnumerable<string> ListenAddresses(IConfiguration configuration)
    {
        foreach (var url in (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return url;
        }

        foreach (var key in new[] { "http_ports", "https_ports" })
        {
            foreach (var port in (configuration[key] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return "*:" + port;
            }
        }

        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            if (endpoint["Url"] is { Length: > 0 } url)
            {
                yield return url;
            }
        }
    }

    /// <summary>Whether <paramref name="address"/> (<c>http://host:port</c>, or <c>host:port</c>) is on loopback only.</summary>
    public static bool IsLoopback(string address)
    {
        var rest = address.Contains("://", StringComparison.Ordinal) ? address[(address.IndexOf("://", StringComparison.Ordinal) + 3)..] : address;
        string host;
        if (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            host = close < 0 ? rest : rest[1..close];
        }
        else
        {
            var end = rest.IndexOfAny([':', '/']);
            host = end < 0 ? rest : rest[..end];
        }

        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip);
    }
}
