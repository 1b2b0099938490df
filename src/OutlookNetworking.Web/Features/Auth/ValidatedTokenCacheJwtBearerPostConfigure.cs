using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace OutlookNetworking.Web.Features.Auth;

/// <summary>
/// Puts <see cref="ValidatedTokenCache"/> around JwtBearer's validation, keeping the events already configured
/// (Microsoft.Identity.Web's): a token that passed before is accepted from the cache when the message is received;
/// a token that passes now (its <c>TokenValidated</c> handlers ran without failing) is added to it.
/// </summary>
internal sealed class ValidatedTokenCacheJwtBearerPostConfigure(ValidatedTokenCache cache) : IPostConfigureOptions<JwtBearerOptions>
{
    private const string BearerPrefix = "Bearer ";

    public void PostConfigure(string? name, JwtBearerOptions options)
    {
        if (name != JwtBearerDefaults.AuthenticationScheme)
        {
            return;
        }

        var events = options.Events ??= new JwtBearerEvents();
        var received = events.OnMessageReceived;
        events.OnMessageReceived = async context =>
        {
            await received(context);
            if (context.Result is null && (context.Token ?? BearerToken(context.Request)) is { } token
                && cache.TryGet(token, out var principal))
            {
                context.Principal = principal;
                context.Success();
            }
        };

        var validated = events.OnTokenValidated;
        events.OnTokenValidated = async context =>
        {
            await validated(context);
            if (context.Result is null && context.Principal is { } principal && context.SecurityToken is JsonWebToken token)
            {
                cache.Add(token.EncodedToken, principal, new DateTimeOffset(token.ValidTo, TimeSpan.Zero));
            }
        };
    }

    /// <summary>The token of an <c>Authorization: Bearer</c> header, as JwtBearer reads it.</summary>
    private static string? BearerToken(HttpRequest request)
    {
        string? authorization = request.Headers.Authorization;
        return authorization is not null && authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            ? authorization[BearerPrefix.Length..].Trim() is { Length: > 0 } token ? token : null
            : null;
    }
}
