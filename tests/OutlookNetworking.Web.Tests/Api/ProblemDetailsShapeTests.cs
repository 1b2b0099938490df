using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OutlookNetworking.Data.Privacy;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Api;

/// <summary>Every kind of error the API answers is an RFC 9457 problem with type, title, status, detail and code,
/// and a refused request changes nothing.</summary>
public sealed class ProblemDetailsShapeTests(SeededApiHostFixture fixture) : IClassFixture<SeededApiHostFixture>
{
    public static TheoryData<string, string, string?, int, string> Errors => new()
    {
        { "GET", "/api/people?emails=nope", null, 400, "invalid_request" },
        { "GET", "/api/people?emails=" + string.Join(',', Enumerable.Range(0, 51).Select(i => $"p{i}@adatum.example")), null, 400, "invalid_request" },
        { "GET", "/api/suggestions?top=0", null, 400, "invalid_request" },
        { "POST", "/api/suggestions/s_ffff000000000000/done", null, 404, "suggestion_not_found" },
        { "POST", $"/api/suggestions/{SeededData.BenFadingLena}/dismiss", null, 404, "suggestion_not_found" },
        { "POST", $"/api/suggestions/{SeededData.AvaOwedReplyToBen}/snooze", """{"until":"2020-01-01"}""", 400, "invalid_request" },
        { "POST", $"/api/suggestions/{SeededData.AvaOwedReplyToBen}/snooze", "{", 400, "invalid_json" },
        { "POST", $"/api/suggestions/{SeededData.AvaOwedReplyToBen}/snooze", """{"until":"2025-07-07","x":" """ + new string('x', 5000) + "\"}", 413, "body_too_large" },
        { "PUT", $"/api/contacts/{SeededData.Lena}/goal", """{"tag":"","cadenceDays":3}""", 400, "invalid_request" },
        { "POST", "/api/contacts/nobody/mute", null, 400, "invalid_request" },
        { "PUT", "/api/me/digest", """{"enabled":true,"hour":99}""", 400, "invalid_request" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public async Task Error_AnyKind_ProblemDetailsWithCodeAndNothingChanged(string method, string path, string? body, int status, string code)
    {
        using var client = fixture.Host.AvaClient();
        var before = await AvaFingerprintAsync();

        using var response = await client.SendJsonAsync(new HttpMethod(method), path, body);
        var problem = await ApiJson.ReadProblemAsync(response);

        Assert.Equal(status, (int)response.StatusCode);
        AssertProblemShape(problem, status, code);
        Assert.Equal(before, await AvaFingerprintAsync());
    }

    [Theory]
    [InlineData(TokenCase.NoToken, 401, "unauthorized")]
    [InlineData(TokenCase.Expired, 401, "unauthorized")]
    [InlineData(TokenCase.MissingScope, 403, "forbidden")]
    [InlineData(TokenCase.UnconsentedTenant, 403, "tenant_not_consented")]
    public async Task Error_SignInOrConsent_ProblemDetailsWithCode(TokenCase tokenCase, int status, string code)
    {
        using var client = fixture.Host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/suggestions", UriKind.Relative));
        if (TestTokens.For(fixture.Host, tokenCase) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.SendAsync(request);
        var problem = await ApiJson.ReadProblemAsync(response);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.Equal(code, problem.Text("code"));
    }

    [Fact]
    public async Task Error_ValidationProblem_NamesTheField()
    {
        using var client = fixture.Host.AvaClient();

        using var response = await client.SendJsonAsync(HttpMethod.Put, $"/api/contacts/{SeededData.Lena}/goal", """{"tag":"ok","cadenceDays":0}""");
        var problem = await ApiJson.ReadProblemAsync(response);

        Assert.Single(problem.GetProperty("errors").GetProperty("cadenceDays").EnumerateArray());
    }

    private static void AssertProblemShape(JsonElement problem, int status, string code)
    {
        Assert.StartsWith("https://", problem.Text("type"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(problem.Text("title")));
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.Text("detail")));
        Assert.Equal(code, problem.Text("code"));
    }

    private async Task<string> AvaFingerprintAsync() =>
        JsonSerializer.Serialize(await fixture.Host.Services.GetRequiredService<UserDataStore>().ExportAsync(SeededData.AvaKey, CancellationToken.None));
}
