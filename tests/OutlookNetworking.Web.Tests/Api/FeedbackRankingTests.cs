using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OutlookNetworking.Core.Feedback;
using OutlookNetworking.Data.Feedback;
using OutlookNetworking.Data.Privacy;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Api;

/// <summary>Feedback changes the next ranking at once. The tests share a host, reset to the seeded state before each.</summary>
public sealed class FeedbackRankingTests(SeededApiHostFixture fixture) : IClassFixture<SeededApiHostFixture>, IAsyncLifetime
{
    private readonly ProductionTestHost _host = fixture.Host;
    private HttpClient _ava = null!;

    public async Task InitializeAsync()
    {
        await SeededData.ResetAsync(_host);
        _ava = _host.AvaClient();
    }

    public Task DisposeAsync()
    {
        _ava.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("done")]
    [InlineData("dismiss")]
    public async Task DoneOrDismiss_TopSuggestion_GoneFromTheNextList(string action)
    {
        Assert.Equal(HttpStatusCode.NoContent, await _ava.StatusOfAsync(HttpMethod.Post, $"/api/suggestions/{SeededData.AvaOwedReplyToBen}/{action}"));

        var ids = ApiJson.Ids((await _ava.GetJsonAsync("/api/suggestions")).GetProperty("suggestions"));

        Assert.Equal([SeededData.AvaFirstMeetingMaria, SeededData.AvaFadingLena, SeededData.AvaAwaitingLena], ids);
        var stored = (await Feedback().LoadAsync(SeededData.AvaKey, CancellationToken.None)).BySuggestionKey[SeededData.AvaOwedReplyToBen];
        Assert.Equal(action == "done" ? FeedbackAction.Done : FeedbackAction.Dismissed, stored.Action);
    }

    [Fact]
    public async Task Done_Twice_BothAccepted()
    {
        var path = $"/api/suggestions/{SeededData.AvaOwedReplyToBen}/done";

        Assert.Equal(HttpStatusCode.NoContent, await _ava.StatusOfAsync(HttpMethod.Post, path));
        Assert.Equal(HttpStatusCode.NoContent, await _ava.StatusOfAsync(HttpMethod.Post, path));
    }

    [Fact]
    public async Task Snooze_UntilADate_HiddenUntilThatDayStartsInTheUsersZone()
    {
        Assert.Equal(HttpStatusCode.NoContent, await _ava.StatusOfAsync(HttpMethod.Post,
            $"/api/suggestions/{SeededData.AvaOwedReplyToBen}/snooze", """{"until":"2025-07-02"}"""));
        Assert.DoesNotContain(SeededData.AvaOwedReplyToBen, await ListedAsync());

        // 2 July starts at 07:00 UTC in Pacific daylight time (UTC-7).
        _host.Clock.SetUtcNow(new DateTimeOffset(2025, 7, 2, 6, 59, 0, TimeSpan.Zero));
        Assert.DoesNotContain(SeededData.AvaOwedReplyToBen, await ListedAsync());
        _host.Clock.SetUtcNow(new DateTimeOffset(2025, 7, 2, 7, 0, 0, TimeSpan.Zero));
        Assert.Equal(SeededData.AvaOwedReplyToBen, (await ListedAsync())[0]);
    }

    [Fact]
    public async Task Mute_Contact_EveryOneOfTheirSuggestionsGoneAtOnce()
    {
        Assert.Equal(HttpStatusCode.NoContent, await _ava.StatusOfAsync(HttpMethod.Post, $"/api/contacts/{SeededData.Lena}/mute"));

        Assert.Equal([SeededData.AvaOwedReplyToBen, SeededData.AvaFirstMeetingMaria], await ListedAsync());
        var lena = (await _ava.GetJsonAsync($"/api/people?emails={SeededData.Lena}")).GetProperty("people")[0];
        Assert.True(lena.GetProperty("isMuted").GetBoolean());
        Assert.Empty(lena.GetProperty("suggestions").EnumerateArray());
    }

    [Fact]
    public async Task Unmute_Contact_TheirStoredSuggestionBackAtOnce()
    {
        Assert.DoesNotContain(SeededData.AvaMutedJo, await ListedAsync());

        Assert.Equal(HttpStatusCode.NoContent, await _ava.StatusOfAsync(HttpMethod.Post, $"/api/contacts/{SeededData.Jo}/unmute"));

        Assert.Equal(SeededData.AvaMutedJo, (await ListedAsync())[0]); // Jo's 0.95 outranks everything
    }

    [Theory]
    [InlineData("s_ffff000000000000")]            // no such suggestion
    [InlineData(SeededData.BenFadingLena)]        // Ben's, same tenant
    [InlineData(SeededData.CarolFadingLena)]      // Carol's, another tenant
    [InlineData("S_A0A0000000000001")]            // Ava's id in the wrong case
    [InlineData("not-a-suggestion-id")]
    public async Task Action_IdNotTheUsers_NotFoundProblemAndNothingChanged(string id)
    {
        var before = await EveryonesFeedbackAsync();

        foreach (var (action, body) in new[] { ("done", (string?)null), ("dismiss", null), ("snooze", """{"until":"2025-07-07"}""") })
        {
            using var response = await _ava.SendJsonAsync(HttpMethod.Post, $"/api/suggestions/{Uri.EscapeDataString(id)}/{action}", body);
            var problem = await ApiJson.ReadProblemAsync(response);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("suggestion_not_found", problem.Text("code"));
        }

        Assert.Equal(before, await EveryonesFeedbackAsync());
    }

    [Theory]
    [InlineData("""{"until":"2025-06-30"}""", HttpStatusCode.BadRequest, "invalid_request")]      // today, not after it
    [InlineData("""{"until":"2025-06-01"}""", HttpStatusCode.BadRequest, "invalid_request")]      // past
    [InlineData("""{"until":"2026-07-02"}""", HttpStatusCode.BadRequest, "invalid_request")]      // beyond a year
    [InlineData("""{}""", HttpStatusCode.BadRequest, "invalid_request")]
    [InlineData("""{"until":null}""", HttpStatusCode.BadRequest, "invalid_request")]
    [InlineData("""{"until":"next week"}""", HttpStatusCode.BadRequest, "invalid_json")]
    [InlineData("""{"until":"2025-07-07" """, HttpStatusCode.BadRequest, "invalid_json")]
    [InlineData("""[1,2]""", HttpStatusCode.BadRequest, "invalid_json")]
    [InlineData(null, HttpStatusCode.BadRequest, "body_required")]
    public async Task Snooze_InvalidBody_ProblemAndNothingChanged(string? body, HttpStatusCode status, string code)
    {
        var before = await EveryonesFeedbackAsync();

        using var response = await _ava.SendJsonAsync(HttpMethod.Post, $"/api/suggestions/{SeededData.AvaOwedReplyToBen}/snooze", body);
        var problem = await ApiJson.ReadProblemAsync(response);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code, problem.Text("code"));
        Assert.Equal(before, await EveryonesFeedbackAsync());
        Assert.Contains(SeededData.AvaOwedReplyToBen, await ListedAsync());
    }

    [Fact]
    public async Task Snooze_LatestAllowedDate_Accepted()
    {
        // Today is 30 June 2025 for Ava; a year and a day ahead (366 days) is the furthest.
        Assert.Equal(HttpStatusCode.NoContent, await _ava.StatusOfAsync(HttpMethod.Post,
            $"/api/suggestions/{SeededData.AvaOwedReplyToBen}/snooze", """{"until":"2026-07-01"}"""));
    }

    [Fact]
    public async Task Snooze_OversizedBody_ContentTooLargeProblemAndNothingChanged()
    {
        var before = await EveryonesFeedbackAsync();
        var body = """{"until":"2025-07-07","padding":" """ + new string('x', 10_000) + "\"}";

        using var response = await _ava.SendJsonAsync(HttpMethod.Post, $"/api/suggestions/{SeededData.AvaOwedReplyToBen}/snooze", body);
        var problem = await ApiJson.ReadProblemAsync(response);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("body_too_large", problem.Text("code"));
        Assert.Equal(before, await EveryonesFeedbackAsync());
    }

    [Fact]
    public async Task Snooze_NotJson_UnsupportedMediaTypeProblem()
    {
        using var response = await _ava.SendJsonAsync(HttpMethod.Post, $"/api/suggestions/{SeededData.AvaOwedReplyToBen}/snooze",
            "until=2025-07-07", "application/x-www-form-urlencoded");
        var problem = await ApiJson.ReadProblemAsync(response);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("unsupported_media_type", problem.Text("code"));
    }

    private FeedbackStore Feedback() => _host.Services.GetRequiredService<FeedbackStore>();

    private async Task<IReadOnlyList<string>> ListedAsync() =>
        ApiJson.Ids((await _ava.GetJsonAsync("/api/suggestions?top=50")).GetProperty("suggestions"));

    private async Task<string> EveryonesFeedbackAsync()
    {
        var store = _host.Services.GetRequiredService<UserDataStore>();
        var parts = new List<string>();
        foreach (var key in new[] { SeededData.AvaKey, SeededData.BenKey, SeededData.CarolKey })
        {
            var export = await store.ExportAsync(key, CancellationToken.None);
            parts.Add(JsonSerializer.Serialize(new { export.Feedback, export.ContactPreferences }));
        }

        return string.Join('\n', parts);
    }
}
