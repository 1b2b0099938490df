using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;

namespace OutlookNetworking.Web.Features.Auth;

/// <summary>
/// Bearer tokens that passed the full JwtBearer validation (signature, issuer, audience, lifetime, Microsoft.Identity.Web's
/// checks), by their exact encoded string, with the claims they produced, so the same token presented again is not
/// parsed and verified again (a task pane sends the same token with every call for its hour of life). An entry lasts
/// until the token expires, and at most <see cref="MaxLifetime"/>; each hit builds a new principal from the cached
/// claims, so no request sees another's principal. Token times are read on the real clock, as JwtBearer's are.
/// A token that failed validation is never cached.
/// </summary>
internal sealed class ValidatedTokenCache(TimeProvider tokenClock) : IDisposable
{
    /// <summary>Most tokens remembered. Default 20,000: past it the least recently added are validated again.</summary>
    public const int MaxTokens = 20_000;

    /// <summary>Longest an entry is reused. Default 5 minutes (a signing key withdrawn from the issuer's metadata is
    /// refused by the full validation after that, at the latest).</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(5);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = MaxTokens });

    /// <summary>A fresh principal for <paramref name="token"/> when it passed validation before and has not expired.</summary>
    public bool TryGet(string token, out ClaimsPrincipal? principal)
    {
        if (_cache.TryGetValue(token, out Entry? entry) && entry is not null && tokenClock.GetUtcNow() < entry.Until)
        {
            principal = new ClaimsPrincipal(new ClaimsIdentity(entry.Claims, entry.AuthenticationType, entry.NameClaimType, entry.RoleClaimType));
            return true;
        }

        principal = null;
        return false;
    }

    /// <summary>Remembers a token that has just passed validation, until <paramref name="validTo"/> (its expiry).</summary>
    public void Add(string token, ClaimsPrincipal principal, DateTimeOffset validTo)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identities.Count() != 1 || principal.Identity is not ClaimsIdentity identity)
        {
            return;
        }

        var now = tokenClock.GetUtcNow();
        var until = validTo < now + MaxLifetime ? validTo : now + MaxLifetime;
        if (until <= now)
        {
            return;
        }

        var entry = new Entry([.. identity.Claims], identity.AuthenticationType, identity.NameClaimType, identity.RoleClaimType, until);
        _cache.Set(token, entry, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = until - now });
    }

    public void Dispose() => _cache.Dispose();

    private sealed record Entry(Claim[] Claims, string? AuthenticationType, string NameClaimType, string RoleClaimType, DateTimeOffset Until);
}
