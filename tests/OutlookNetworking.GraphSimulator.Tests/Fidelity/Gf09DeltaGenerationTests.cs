using System.Net;
using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Fidelity;

/// <summary>GF-9: only the last three generations of a delta stream's sync state are held (mail folders and the
/// calendar); an older next link or delta link answers 410 Gone SyncStateNotFound naming the generation asked for and
/// the three held.</summary>
public sealed class Gf09DeltaGenerationTests : ContosoSimulatorTest
{
    private const string Immutable = "IdType=\"ImmutableId\"";
    private static readonly string InboxDelta = $"/users/{TestPaths.AvaId}/mailFolders/inbox/messages/delta?$select=from";

    [Fact]
    public async Task Gf09_NextLinkThreeGenerationsBehind_AnswersGoneNamingTheGenerationsHeld()
    {
        var links = await FollowAsync(InboxDelta, pages: 4);

        var (stale, staleBody) = await Http.GetAsync(links[0], "odata.maxpagesize=2", Immutable);

        Assert.Equal(HttpStatusCode.Gone, stale.StatusCode);
        var error = staleBody.GetProperty("error");
        Assert.Equal("SyncStateNotFound", error.GetProperty("code").GetString());
        Assert.Equal("The sync state generation is not found; generation=1;[highest=4][4][2][3].", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Gf09_NextLinkStillHeld_IsServedAgainAsANewGeneration()
    {
        var links = await FollowAsync(InboxDelta, pages: 3);

        var (replayed, body) = await Http.GetAsync(links[0], "odata.maxpagesize=2", Immutable);
        var (sameAgain, _) = await Http.GetAsync(links[0], "odata.maxpagesize=2", Immutable);

        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.True(body.GetProperty("value").GetArrayLength() > 0);
        Assert.Equal(HttpStatusCode.Gone, sameAgain.StatusCode); // the replay itself wrote generation 4
    }

    [Fact]
    public async Task Gf09_DeltaLinkOfAnEarlierNight_IsGoneOnceThreeNewerRoundsRan()
    {
        var (_, night1, _) = await Http.DeltaRoundAsync(InboxDelta, "odata.maxpagesize=1000", Immutable);
        var (_, night2, _) = await Http.DeltaRoundAsync(night1, Immutable);
        var (_, night3, _) = await Http.DeltaRoundAsync(night2, Immutable);
        var (_, night4, _) = await Http.DeltaRoundAsync(night3, Immutable);

        var (stillHeld, _) = await Http.GetAsync(night2, Immutable);
        var (aged, body) = await Http.GetAsync(night1, Immutable);

        Assert.Equal(HttpStatusCode.OK, stillHeld.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, aged.StatusCode);
        Assert.Equal("SyncStateNotFound", body.GetProperty("error").GetProperty("code").GetString());
        Assert.NotEqual(night4, night1);
    }

    [Fact]
    public async Task Gf09_CalendarNextLink_AgesOutLikeAMailFolders()
    {
        var calendar = $"/users/{TestPaths.AvaId}/calendarView/delta?startDateTime=2024-01-01T00:00:00Z&endDateTime=2025-08-01T00:00:00Z";
        var links = await FollowAsync(calendar, pages: 4);

        var (stale, body) = await Http.GetAsync(links[0], "odata.maxpagesize=2", Immutable);

        Assert.Equal(HttpStatusCode.Gone, stale.StatusCode);
        Assert.StartsWith("The sync state generation is not found; generation=1;", body.GetProperty("error").GetProperty("message").GetString());
    }

    /// <summary>Reads <paramref name="pages"/> pages of a new round two items at a time; returns the link each page ended with.</summary>
    private async Task<List<string>> FollowAsync(string first, int pages)
    {
        var links = new List<string>();
        var url = first;
        for (var i = 0; i < pages; i++)
        {
            var (response, body) = await Http.GetAsync(url, "odata.maxpagesize=2", Immutable);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            url = body.GetProperty("@odata.nextLink").GetString()!;
            links.Add(url);
        }

        return links;
    }
}
