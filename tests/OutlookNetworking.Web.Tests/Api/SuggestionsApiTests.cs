using System.Net;
using System.Text.Json;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Api;

public sealed class SuggestionsApiTests(SeededApiHostFixture fixture) : IClassFixture<SeededApiHostFixture>
{
    [Fact]
    public async Task GetSuggestions_Default_RankedWithReasonsEvidenceAndLinks()
    {
        using var client = fixture.Host.AvaClient();

        var list = await client.GetJsonAsync("/api/suggestions");

        // 18:00 UTC on 30 June is 11:00 in Ava's Pacific time: still the 30th.
        Assert.Equal("2025-06-30", list.Text("date"));
        var suggestions = list.GetProperty("suggestions");
        // Every contact once before anyone twice; Jo is muted, so never listed.
        Assert.Equal([SeededData.AvaOwedReplyToBen, SeededData.AvaFirstMeetingMaria, SeededData.AvaFadingLena, SeededData.AvaAwaitingLena],
            ApiJson.Ids(suggestions));
        Assert.Equal([1, 2, 3, 4], suggestions.EnumerateArray().Select(s => s.GetProperty("rank").GetInt32()));
        Assert.Equal([true, true, true, false], suggestions.EnumerateArray().Select(s => s.GetProperty("today").GetBoolean()));
        var first = suggestions[0];
        Assert.Equal("owedReply", first.Text("kind"));
        Assert.Equal("ben.okafor@contoso.example", first.GetProperty("contact").Text("address"));
        Assert.Equal("Ben Okafor", first.GetProperty("contact").Text("displayName"));
        Assert.Equal(0.91, first.GetProperty("score").GetDouble());
        Assert.StartsWith("Ben Okafor wrote to you 5 days ago", first.Text("reason"), StringComparison.Ordinal);
        var evidence = first.GetProperty("evidence");
        Assert.Equal(SeededData.BenMessageId, evidence.Text("messageId"));
        Assert.Equal(JsonValueKind.Null, evidence.GetProperty("meetingId").ValueKind);
        Assert.Equal("2025-06-25T18:00:00Z", evidence.Text("anchorAt"));
        Assert.Equal(7, evidence.GetProperty("usualGapDays").GetDouble());
        Assert.Equal(106, evidence.GetProperty("exchanges").GetInt32());
        Assert.Equal("https://outlook.office.com/mail/deeplink/read/" + SeededData.BenMessageId, first.Text("webLink"));
        Assert.Equal("https://outlook.office.com/calendar/item/" + SeededData.MariaMeetingId, suggestions[1].Text("webLink"));
        Assert.Equal(JsonValueKind.Null, suggestions[2].GetProperty("webLink").ValueKind); // a fading tie rests on no one item
    }

    [Fact]
    public async Task GetSuggestions_Top_CutsTheRankedList()
    {
        using var client = fixture.Host.AvaClient();

        var list = await client.GetJsonAsync("/api/suggestions?top=2");

        Assert.Equal([SeededData.AvaOwedReplyToBen, SeededData.AvaFirstMeetingMaria], ApiJson.Ids(list.GetProperty("suggestions")));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("51")]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("2.5")]
    public async Task GetSuggestions_TopOutOfRange_BadRequestProblem(string top)
    {
        using var client = fixture.Host.AvaClient();

        using var response = await client.GetAsync(new Uri("/api/suggestions?top=" + top, UriKind.Relative));
        var problem = await ApiJson.ReadProblemAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request", problem.Text("code"));
    }

    [Theory]
    [InlineData("omar")]
    [InlineData("nia")]
    public async Task GetSuggestions_UserNotSyncedOrNotAnalysedYet_EmptyList(string who)
    {
        using var client = fixture.Host.ClientFor(TestIds.HomeTenant, who == "omar" ? TestIds.Omar : TestIds.Nia);

        var list = await client.GetJsonAsync("/api/suggestions");

        Assert.Empty(list.GetProperty("suggestions").EnumerateArray());
        Assert.Equal("2025-06-30", list.Text("date")); // Omar has no zone yet (UTC), Nia is in UTC
    }

    [Fact]
    public async Task GetSuggestions_UserInAnotherZone_DateIsTheirLocalDate()
    {
        // Ben is in London (UTC+1 in summer); at 23:30 UTC it is already 1 July there, still 30 June for Ava.
        await using var host = await SeededApiHost.StartAsync();
        host.Clock.SetUtcNow(new DateTimeOffset(2025, 6, 30, 23, 30, 0, TimeSpan.Zero));
        using var ben = host.ClientFor(TestIds.HomeTenant, TestIds.Ben);
        using var ava = host.AvaClient();

        Assert.Equal("2025-07-01", (await ben.GetJsonAsync("/api/suggestions")).Text("date"));
        Assert.Equal("2025-06-30", (await ava.GetJsonAsync("/api/suggestions")).Text("date"));
    }
}
