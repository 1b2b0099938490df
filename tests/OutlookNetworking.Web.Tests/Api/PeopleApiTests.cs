using System.Net;
using System.Text.Json;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Api;

public sealed class PeopleApiTests(SeededApiHostFixture fixture) : IClassFixture<SeededApiHostFixture>
{
    [Fact]
    public async Task GetPeople_KnownContact_CardFromTheUsersOwnRelationship()
    {
        using var client = fixture.Host.AvaClient();

        var people = await client.GetJsonAsync("/api/people?emails=ben.okafor@contoso.example");

        var ben = Assert.Single(people.GetProperty("people").EnumerateArray());
        Assert.Equal("ben.okafor@contoso.example", ben.Text("address"));
        Assert.Equal("Ben Okafor", ben.Text("displayName"));
        Assert.True(ben.GetProperty("known").GetBoolean());
        Assert.True(ben.GetProperty("isInternal").GetBoolean());
        Assert.False(ben.GetProperty("isDistributionList").GetBoolean());
        Assert.False(ben.GetProperty("isMuted").GetBoolean());
        Assert.Equal(0.82, ben.GetProperty("strength").GetDouble());
        Assert.Equal("strong", ben.Text("strengthLabel")); // 0.82 >= 0.6, last contact 5 days ago on a 7-day rhythm
        Assert.Equal("2024-07-05T18:00:00Z", ben.Text("firstContact"));
        Assert.Equal("2025-06-25T18:00:00Z", ben.Text("lastContact"));
        Assert.Equal(104, ben.GetProperty("contactDays").GetInt32());
        Assert.Equal(52, ben.GetProperty("sent").GetInt32());
        Assert.Equal(54, ben.GetProperty("received").GetInt32());
        Assert.Equal(0, ben.GetProperty("meetings").GetInt32());
        Assert.Equal(7.0, ben.GetProperty("medianGapDays").GetDouble());
        Assert.Equal([8, 9, 8, 10, 8, 9, 8, 9, 8, 9, 8, 6], ben.GetProperty("monthlyContactDays").EnumerateArray().Select(d => d.GetInt32()));
        Assert.Equal(JsonValueKind.Null, ben.GetProperty("goal").ValueKind);
        var suggestion = Assert.Single(ben.GetProperty("suggestions").EnumerateArray());
        Assert.Equal(SeededData.AvaOwedReplyToBen, suggestion.Text("id"));
        Assert.Equal("owedReply", suggestion.Text("kind"));
        Assert.Equal("https://outlook.office.com/mail/deeplink/read/" + SeededData.BenMessageId, suggestion.Text("webLink"));
    }

    [Fact]
    public async Task GetPeople_UnknownColleague_CardSaysSoWithTheDirectorysName()
    {
        using var client = fixture.Host.AvaClient();

        var people = await client.GetJsonAsync("/api/people?emails=nia.brooks@contoso.example");

        var nia = Assert.Single(people.GetProperty("people").EnumerateArray());
        Assert.False(nia.GetProperty("known").GetBoolean());
        Assert.Equal("Nia Brooks", nia.Text("displayName"));
        Assert.True(nia.GetProperty("isInternal").GetBoolean());
        Assert.Equal(JsonValueKind.Null, nia.GetProperty("strength").ValueKind);
        Assert.Equal(JsonValueKind.Null, nia.GetProperty("strengthLabel").ValueKind);
        Assert.Equal(JsonValueKind.Null, nia.GetProperty("lastContact").ValueKind);
        Assert.Equal(JsonValueKind.Null, nia.GetProperty("monthlyContactDays").ValueKind);
        Assert.Equal(0, nia.GetProperty("contactDays").GetInt32());
        Assert.Empty(nia.GetProperty("suggestions").EnumerateArray());
    }

    [Fact]
    public async Task GetPeople_UnknownOutsider_ExternalCardWithoutName()
    {
        using var client = fixture.Host.AvaClient();

        var people = await client.GetJsonAsync("/api/people?emails=someone@elsewhere.example");

        var card = Assert.Single(people.GetProperty("people").EnumerateArray());
        Assert.False(card.GetProperty("known").GetBoolean());
        Assert.False(card.GetProperty("isInternal").GetBoolean());
        Assert.Equal(JsonValueKind.Null, card.GetProperty("displayName").ValueKind);
    }

    [Fact]
    public async Task GetPeople_MutedContactAndGoal_FromTheUsersFeedback()
    {
        using var client = fixture.Host.AvaClient();

        var people = (await client.GetJsonAsync($"/api/people?emails={SeededData.Jo},{SeededData.Maria}")).GetProperty("people");

        var jo = people[0];
        Assert.True(jo.GetProperty("isMuted").GetBoolean());
        Assert.Empty(jo.GetProperty("suggestions").EnumerateArray()); // muted: never suggested
        var maria = people[1];
        Assert.Equal("mentor", maria.GetProperty("goal").Text("tag"));
        Assert.Equal(30, maria.GetProperty("goal").GetProperty("cadenceDays").GetInt32());
        Assert.Equal("new", maria.Text("strengthLabel")); // first met 2 days ago
        var meeting = Assert.Single(maria.GetProperty("suggestions").EnumerateArray());
        Assert.Equal("firstMeetingFollowUp", meeting.Text("kind"));
        Assert.Equal("https://outlook.office.com/calendar/item/" + SeededData.MariaMeetingId, meeting.Text("webLink"));
    }

    [Fact]
    public async Task GetPeople_ContactOfTwoUsers_EachSeesOnlyTheirOwnFigures()
    {
        using var ava = fixture.Host.AvaClient();
        using var ben = fixture.Host.ClientFor(TestIds.HomeTenant, TestIds.Ben);

        var avas = (await ava.GetJsonAsync($"/api/people?emails={SeededData.Lena}")).GetProperty("people")[0];
        var bens = (await ben.GetJsonAsync($"/api/people?emails={SeededData.Lena}")).GetProperty("people")[0];

        Assert.Equal(0.41, avas.GetProperty("strength").GetDouble());
        Assert.Contains(SeededData.AvaCanary, avas.GetRawText(), StringComparison.Ordinal);
        Assert.Equal([SeededData.AvaFadingLena, SeededData.AvaAwaitingLena], ApiJson.Ids(avas.GetProperty("suggestions")));
        Assert.Equal(0.31, bens.GetProperty("strength").GetDouble());
        Assert.Equal([SeededData.BenFadingLena], ApiJson.Ids(bens.GetProperty("suggestions")));
        Assert.Equal(14, bens.GetProperty("goal").GetProperty("cadenceDays").GetInt32());
        Assert.DoesNotContain(SeededData.AvaCanary, bens.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetPeople_MixedCaseDuplicatesAndRepeatedParameter_OneCardPerAddressInOrder()
    {
        using var client = fixture.Host.AvaClient();

        var people = await client.GetJsonAsync(
            "/api/people?emails=Lena.Fischer@ADATUM.example,%20ben.okafor@contoso.example&emails=lena.fischer@adatum.example");

        Assert.Equal([SeededData.Lena, "ben.okafor@contoso.example"],
            people.GetProperty("people").EnumerateArray().Select(p => p.Text("address")));
    }

    [Fact]
    public async Task GetPeople_UserNotSyncedYet_UnknownCardsNotAnError()
    {
        using var client = fixture.Host.ClientFor(TestIds.HomeTenant, TestIds.Omar);

        var people = await client.GetJsonAsync($"/api/people?emails={SeededData.Lena},ben.okafor@contoso.example");

        Assert.All(people.GetProperty("people").EnumerateArray(), p => Assert.False(p.GetProperty("known").GetBoolean()));
        Assert.Equal("Ben Okafor", people.GetProperty("people")[1].Text("displayName"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?emails=")]
    [InlineData("?emails=,,")]
    [InlineData("?emails=not-an-address")]
    [InlineData("?emails=ben.okafor@contoso.example,/o=ExchangeLabs/ou=Exchange/cn=Recipients/cn=ava")]
    [InlineData("?emails=a@b")]
    public async Task GetPeople_MissingOrMalformedAddress_BadRequestProblem(string query)
    {
        using var client = fixture.Host.AvaClient();

        using var response = await client.GetAsync(new Uri("/api/people" + query, UriKind.Relative));
        var problem = await ApiJson.ReadProblemAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request", problem.Text("code"));
        Assert.True(problem.GetProperty("errors").TryGetProperty("emails", out _));
    }

    [Theory]
    [InlineData(50, HttpStatusCode.OK)]
    [InlineData(51, HttpStatusCode.BadRequest)]
    public async Task GetPeople_AddressCount_AtMostFifty(int count, HttpStatusCode expected)
    {
        using var client = fixture.Host.AvaClient();
        var emails = string.Join(',', Enumerable.Range(1, count).Select(i => $"person{i}@adatum.example"));

        using var response = await client.GetAsync(new Uri("/api/people?emails=" + emails, UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
    }
}
