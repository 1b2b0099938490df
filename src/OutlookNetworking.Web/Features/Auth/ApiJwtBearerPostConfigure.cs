using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace OutlookNetworking.Web.Features.Auth;

/// <summary>
/// Adjusts the JwtBearer options Microsoft.Identity.Web built, without loosening them: signed tokens with an
/// expiry only, claims under their JWT names (tid, oid, scp), and the v2.0 issuer template known up front
/// (Microsoft.Identity.Web's multi-tenant issuer validator still checks it against each token's <c>tid</c>).
/// </summary>
internal sealed class ApiJwtBearerPostConfigure(IOptions<EntraIdOptions> entra)
    : IPostConfigureOptions<JwtBearerOptions>
{
    public void PostConfigure(string? name, JwtBearerOptions options)
    {
        if (name != JwtBearerDefaults.AuthenticationScheme)
        {
            return;
        }

        var parameters = options.TokenValidationParameters;
        parameters.ValidIssuers = [entra.Value.IssuerTemplate];
        parameters.RequireExpirationTime = true;
        parameters.RequireSignedTokens = true;
        options.MapInboundClaims = false;
    }
}
