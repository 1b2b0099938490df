using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using OutlookNetworking.Web.Features.Auth;

namespace OutlookNetworking.Demo.Features.Auth;

/// <summary>
/// Replaces only where JwtBearer gets its signing keys: the local issuer's key instead of Entra ID's metadata endpoint
/// (<see cref="LocalSigningKeyJwtBearer"/>), so nothing is fetched over the network.
/// </summary>
internal sealed class DemoJwtBearerPostConfigure(
    IOptions<EntraIdOptions> entra, IServiceProvider services)
    : IPostConfigureOptions<JwtBearerOptions>
{
    public void PostConfigure(string? name, JwtBearerOptions options)
    {
        if (name == JwtBearerDefaults.AuthenticationScheme)
        {
            LocalSigningKeyJwtBearer.Apply(options, entra.Value, services.GetRequiredService<DemoSigningKey>().Key);
        }
    }
}
