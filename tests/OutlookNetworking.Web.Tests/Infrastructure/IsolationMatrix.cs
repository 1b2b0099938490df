using System.Net;

namespace OutlookNetworking.Web.Tests.Infrastructure;

/// <summary>
/// The isolation matrix: every protected endpoint x every <see cref="TokenCase"/> -> the expected status. Add each
/// new API endpoint to <see cref="Endpoints"/>; <see cref="Cases"/> then covers it with every token case, and
/// <c>IsolationMatrixTests</c> also checks that no response to anyone but Ava carries Ava's identifiers.
/// </summary>
public static class IsolationMatrix
{
    public static IReadOnlyList<ProtectedEndpoint> Endpoints { get; } =
    [
        new("session", HttpMethod.Get, "/api/auth/session", HttpStatusCode.OK, HttpStatusCode.OK),
        new("session-with-spoofed-query", HttpMethod.Get,
            $"/api/auth/session?tid={TestIds.HomeTenant:D}&oid={TestIds.Ava.Id:D}&upn={TestIds.Ava.UserPrincipalName}",
            HttpStatusCode.OK, HttpStatusCode.OK),
        new("tenant", HttpMethod.Get, "/api/auth/tenant", HttpStatusCode.OK, HttpStatusCode.OK),
    ];

    /// <summary>Endpoint name x token case, for <c>[MemberData]</c>.</summary>
    public static TheoryData<string, TokenCase> Cases
    {
        get
        {
            var data = new TheoryData<string, TokenCase>();
            foreach (var endpoint in Endpoints)
            {
                foreach (var tokenCase in Enum.GetValues<TokenCase>())
                {
                    data.Add(endpoint.Name, tokenCase);
                }
            }

            return data;
        }
    }

    public static ProtectedEndpoint Endpoint(string name) => Endpoints.Single(e => e.Name == name);

    /// <summary>The status <paramref name="tokenCase"/> must get from <paramref name="endpoint"/>: 401 for every token
    /// that is not a valid one for this API, 403 for a valid token without the scope or from a tenant without
    /// consent, and the endpoint's own answers for signed-in users of consented tenants.</summary>
    public static HttpStatusCode ExpectedStatus(ProtectedEndpoint endpoint, TokenCase tokenCase) => tokenCase switch
    {
        TokenCase.Owner => endpoint.OwnerStatus,
        TokenCase.OtherUserSameTenant or TokenCase.OtherTenant => endpoint.OtherUserStatus,
        TokenCase.MissingScope or TokenCase.UnconsentedTenant => HttpStatusCode.Forbidden,
        _ => HttpStatusCode.Unauthorized,
    };
}
