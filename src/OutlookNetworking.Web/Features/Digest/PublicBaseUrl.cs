using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using OutlookNetworking.Web.Hosting;

namespace OutlookNetworking.Web.Features.Digest;

/// <summary>The origin links in emails point to: <see cref="AppOptions.PublicBaseUrl"/>; without it the current
/// request's origin, else the first address the server listens on, else <c>http://localhost</c>.</summary>
internal sealed class PublicBaseUrl(IOptions<AppOptions> app, IServiceProvider services)
{
    public string Get(HttpRequest? request = null)
    {
        if (app.Value.PublicBaseUrl is { Length: > 0 } configured)
        {
            return configured.TrimEnd('/');
        }

        if (request is not null)
        {
            return $"{request.Scheme}://{request.Host}{request.PathBase}".TrimEnd('/');
        }

        var address = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        return address is null
            ? "http://localhost"
            : address.Replace("://[::]", "://localhost", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
                .Replace("://+", "://localhost", StringComparison.Ordinal)
                .Replace("://*", "://localhost", StringComparison.Ordinal).TrimEnd('/');
    }
}
