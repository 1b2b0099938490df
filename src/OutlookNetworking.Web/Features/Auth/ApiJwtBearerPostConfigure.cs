using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace OutlookNetworking.Web.Features.Auth;

/// <summary>
/// Adjusts the JwtBearer options Microsoft.Identity.Web built, without loosening them: signed tokens with an
/// expiry only, claims under their JWT names (tid, oid, scp), and the v2.0 issuer template known up front
/// (Microsoft.Identity.Web's multi-tenant issuer validator still checks it against each token's <c>tid</c>).
/// Then, once a token validated: v2.0 tokens only (<c>ver</c> 2.0; Microsoft.Identity.Web's issuer validator also
/// accepts v1.0 <c>sts.windows.net</c> issuers), and its <c>azp</c> must be one of
/// <see cref="EntraIdOptions.AcceptedClientApplications"/> (any app a user consents to <c>access_as_user</c> gets a
/// token for this API; only the add-in may use it).
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

        var accepted = entra.Value.AcceptedClientApplications.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var events = options.Events ??= new JwtBearerEvents();
        var validated = events.OnTokenValidated;
        events.OnTokenValidated = async context =>
        {
            await validated(context);
            if (context.Result is null && Refusal(context.SecurityToken as JsonWebToken, accepted) is { } reason)
            {
                context.Fail(reason);
            }
        };
    }

    /// <summary>Why a validated token is still refused, or null.</summary>
    internal static string? Refusal(JsonWebToken? token, IReadOnlySet<string> acceptedClients)
    {
        if (token is null || !token.TryGetPayloadValue("ver", out string version) || version != "2.0")
        {
            return "Only v2.0 access tokens are accepted.";
        }

        return token.TryGetPayloadValue("azp", out string client) && acceptedClients.Contains(client)
            ? null
            : "The token was issued to a client application this API does not serve (azp).";
    }
}
