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
        new("me", HttpMethod.Get, "/api/me", HttpStatusCode.OK, HttpStatusCode.OK),
        new("me-spoofed-query", HttpMethod.Get, $"/api/me?tid={TestIds.HomeTenant:D}&oid={TestIds.Ava.Id:D}&userId={TestIds.Ava.Id:D}",
            HttpStatusCode.OK, HttpStatusCode.OK),
        new("health", HttpMethod.Get, "/api/me/health", HttpStatusCode.OK, HttpStatusCode.OK),
        new("digest", HttpMethod.Put, "/api/me/digest", HttpStatusCode.NoContent, HttpStatusCode.NoContent, """{"enabled":true,"hour":7}"""),
        new("export", HttpMethod.Get, "/api/me/export", HttpStatusCode.OK, HttpStatusCode.OK),
        new("optin", HttpMethod.Post, "/api/me/optin", HttpStatusCode.NoContent, HttpStatusCode.NoContent),
        new("delete-data", HttpMethod.Delete, "/api/me/data", HttpStatusCode.NoContent, HttpStatusCode.NoContent, ErasesCallerData: true),
        new("people", HttpMethod.Get, $"/api/people?emails={SeededData.Lena},{SeededData.Maria},{TestIds.Ben.Mail}",
            HttpStatusCode.OK, HttpStatusCode.OK),
        new("suggestions", HttpMethod.Get, "/api/suggestions?top=50", HttpStatusCode.OK, HttpStatusCode.OK),
        new("suggestion-done", HttpMethod.Post, $"/api/suggestions/{SeededData.AvaOwedReplyToBen}/done",
            HttpStatusCode.NoContent, HttpStatusCode.NotFound),
        new("suggestion-dismiss", HttpMethod.Post, $"/api/suggestions/{SeededData.AvaFadingLena}/dismiss",
            HttpStatusCode.NoContent, HttpStatusCode.NotFound),
        new("suggestion-snooze", HttpMethod.Post, $"/api/suggestions/{SeededData.AvaFirstMeetingMaria}/snooze",
            HttpStatusCode.NoContent, HttpStatusCode.NotFound, """{"until":"2025-07-07"}"""),
        new("contact-mute", HttpMethod.Post, $"/api/contacts/{SeededData.Lena}/mute", HttpStatusCode.NoContent, HttpStatusCode.NoContent),
        new("contact-unmute", HttpMethod.Post, $"/api/contacts/{SeededData.Lena}/unmute", HttpStatusCode.NoContent, HttpStatusCode.NoContent),
        new("contact-goal-set", HttpMethod.Put, $"/api/contacts/{SeededData.Lena}/goal", HttpStatusCode.NoContent, HttpStatusCode.NoContent,
            """{"tag":"client","cadenceDays":30}"""),
        // Warm introductions: the one endpoint that reads other users' rows (docs/security.md). Seeded: on in both tenants,
        // Ben and Carol discoverable, Ava not: Ava (owner) is refused (403 introductions_opt_in_required); Ben and Carol get
        // 200 and, though Ava knows Lena and Maria, nothing of hers (she did not opt in; Carol is in another tenant).
        new("introductions", HttpMethod.Get, $"/api/introductions?emails={SeededData.Lena},{SeededData.Maria},{TestIds.Ben.Mail}",
            HttpStatusCode.Forbidden, HttpStatusCode.OK),
        new("introductions-settings", HttpMethod.Get, "/api/me/introductions", HttpStatusCode.OK, HttpStatusCode.OK),
        // Opting in changes what other users' answers hold, so (like erasure) each signed-in case runs on a fresh host.
        new("introductions-opt-in", HttpMethod.Put, "/api/me/introductions", HttpStatusCode.NoContent, HttpStatusCode.NoContent,
            """{"discoverable":true}""", ErasesCallerData: true),
        new("contact-goal-clear", HttpMethod.Delete, $"/api/contacts/{SeededData.Maria}/goal", HttpStatusCode.NoContent, HttpStatusCode.NoContent),
    ];

    /// <summary>Strings only Ava's stored data holds: none may appear in an answer to anyone else.</summary>
    public static IReadOnlyList<string> VictimMarkers { get; } =
    [
        TestIds.Ava.Id.ToString("D"), TestIds.Ava.UserPrincipalName, SeededData.AvaAlias, SeededData.AvaCanary,
        SeededData.AvaOwedReplyToBen, SeededData.AvaFirstMeetingMaria, SeededData.AvaFadingLena,
    ];

    /// <summary>Endpoint name x token case, for <c>[MemberData]</c> (endpoints that erase the caller's data: only the
    /// token cases that fail before any handler runs; <see cref="ErasingCases"/> has the signed-in ones).</summary>
    public static TheoryData<string, TokenCase> Cases
    {
        get
        {
            var data = new TheoryData<string, TokenCase>();
            foreach (var endpoint in Endpoints)
            {
                foreach (var tokenCase in Enum.GetValues<TokenCase>())
                {
                    if (!endpoint.ErasesCallerData || !IsSignedIn(tokenCase))
                    {
                        data.Add(endpoint.Name, tokenCase);
                    }
                }
            }

            return data;
        }
    }

    /// <summary>Endpoints that erase the caller's data x the signed-in token cases (each run on a fresh host).</summary>
    public static TheoryData<string, TokenCase> ErasingCases
    {
        get
        {
            var data = new TheoryData<string, TokenCase>();
            foreach (var endpoint in Endpoints.Where(e => e.ErasesCallerData))
            {
                foreach (var tokenCase in Enum.GetValues<TokenCase>().Where(IsSignedIn))
                {
                    data.Add(endpoint.Name, tokenCase);
                }
            }

            return data;
        }
    }

    /// <summary>A valid token of a consented tenant with the scope: the request reaches the endpoint.</summary>
    public static bool IsSignedIn(TokenCase tokenCase) =>
        tokenCase is TokenCase.Owner or TokenCase.OtherUserSameTenant or TokenCase.OtherTenant;

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
