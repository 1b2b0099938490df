using System.Collections.Concurrent;
using Azure.Core;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OutlookNetworking.Web.Features.Auth.AppTokens;

namespace OutlookNetworking.Web.Tests.Infrastructure;

/// <summary>An <see cref="IAppTokenSource"/> that succeeds unless told to fail, and records the tenants asked for. Its
/// tokens are shaped like Entra ID's app-only Graph tokens (v1.0 issuer <c>sts.windows.net</c>, <c>tid</c>, <c>roles</c>),
/// unsigned (the product reads their claims; Graph would check the signature).</summary>
public sealed class FakeAppTokenSource : IAppTokenSource
{
    /// <summary>The application roles Microsoft Graph's permissions as an admin grants them all (written out here, not
    /// read from the product's list).</summary>
    public static readonly IReadOnlyList<string> AllGranted =
        ["Mail.ReadBasic.All", "Calendars.ReadBasic.All", "User.Read.All", "MailboxSettings.Read", "GroupMember.Read.All", "Mail.Send"];

    private static readonly JsonWebTokenHandler Handler = new();

    public bool Fail { get; set; }

    /// <summary>The roles the next tokens carry. Default: <see cref="AllGranted"/>.</summary>
    public IReadOnlyList<string> Roles { get; set; } = AllGranted;

    /// <summary>When set, the tokens' <c>tid</c> is this tenant instead of the one asked for.</summary>
    public Guid? TokenTenant { get; set; }

    public ConcurrentQueue<Guid> Requests { get; } = new();

    public Task<AccessToken> GetGraphTokenAsync(Guid tenantId, CancellationToken ct)
    {
        Requests.Enqueue(tenantId);
        if (Fail)
        {
            throw new AppTokenUnavailableException("AADSTS7000229: The client application is missing service principal in the tenant.");
        }

        var tid = TokenTenant ?? tenantId;
        var expires = new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var token = Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = $"https://sts.windows.net/{tid:D}/",
            Audience = "https://graph.microsoft.com",
            Expires = expires.UtcDateTime,
            IssuedAt = expires.AddHours(-1).UtcDateTime,
            NotBefore = expires.AddHours(-1).UtcDateTime,
            Claims = new Dictionary<string, object>
            {
                ["tid"] = tid.ToString("D"),
                ["idtyp"] = "app",
                ["roles"] = Roles.ToArray(),
            },
        });
        return Task.FromResult(new AccessToken(token, expires));
    }
}
