using System.Net;
using System.Text.Json;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Api;

public sealed class MeApiTests(SeededApiHostFixture fixture) : IClassFixture<SeededApiHostFixture>
{
    [Fact]
    public async Task GetMe_SyncedUser_DirectoryProfileAliasesAndSettings()
    {
        using var client = fixture.Host.AvaClient();

        var me = await client.GetJsonAsync("/api/me");

        Assert.Equal("Ava Patel", me.Text("displayName"));
        Assert.Equal("ava.patel@contoso.example", me.Text("mail"));
        Assert.Equal(["ava.patel@contoso.example", SeededData.AvaAlias], me.GetProperty("addresses").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(TestIds.HomeTenant.ToString("D"), me.Text("tenantId"));
        Assert.Equal("Pacific Standard Time", me.Text("timeZone"));
        Assert.True(me.GetProperty("digest").GetProperty("enabled").GetBoolean());
        Assert.Equal(7, me.GetProperty("digest").GetProperty("hour").GetInt32());
        Assert.False(me.GetProperty("optedOut").GetBoolean());
        Assert.Equal("2025-06-30T18:00:00Z", me.Text("lastAnalysedAt"));
    }

    [Fact]
    public async Task GetMe_UserNotSyncedYet_ProfileFromTheToken()
    {
        using var client = fixture.Host.ClientFor(TestIds.HomeTenant, TestIds.Omar);

        var me = await client.GetJsonAsync("/api/me");

        Assert.Equal("Omar Haddad", me.Text("displayName"));
        Assert.Equal("omar.haddad@contoso.example", me.Text("mail"));
        Assert.Equal(["omar.haddad@contoso.example"], me.GetProperty("addresses").EnumerateArray().Select(a => a.GetString()));
        Assert.False(me.GetProperty("optedOut").GetBoolean());
        Assert.Equal(JsonValueKind.Null, me.GetProperty("lastAnalysedAt").ValueKind);
    }

    [Fact]
    public async Task GetConfig_Anonymous_HowThePaneSignsIn()
    {
        using var client = fixture.Host.CreateClient();

        var config = await client.GetJsonAsync("/api/config");

        Assert.Equal(TestIds.ClientId, config.Text("clientId"));
        Assert.Equal($"api://{TestIds.ClientId}/access_as_user", config.Text("apiScope"));
        Assert.Equal("https://login.microsoftonline.com/organizations", config.Text("authority"));
        Assert.False(config.GetProperty("demo").GetBoolean()); // the production host: no stand-in for Entra ID
    }

    [Fact]
    public async Task GetConfig_DemoHost_SaysDemo()
    {
        await using var host = new AuthTestHost();
        await host.StartAsync();
        using var client = host.CreateClient();

        var config = await client.GetJsonAsync("/api/config");

        Assert.Equal(TestIds.ClientId, config.Text("clientId"));
        Assert.True(config.GetProperty("demo").GetBoolean());
    }

    [Fact]
    public async Task GetHealth_AnalysedUser_FiguresAgainstThirtyDaysEarlier()
    {
        using var client = fixture.Host.AvaClient();

        var health = await client.GetJsonAsync("/api/me/health");

        Assert.Equal("2025-06-30T18:00:00Z", health.Text("asOf"));
        var active = health.GetProperty("activeTies");
        Assert.Equal(24, active.GetProperty("value").GetDouble());
        Assert.Equal(22, active.GetProperty("previous").GetDouble());
        Assert.Equal(2, active.GetProperty("change").GetDouble());
        Assert.Equal(-1, health.GetProperty("fadingTies").GetProperty("change").GetDouble());
        foreach (var figure in new[] { "newTiesThisMonth", "dormantTies", "externalShare", "reciprocity" })
        {
            Assert.True(health.TryGetProperty(figure, out _), figure);
        }
    }

    [Fact]
    public async Task GetHealth_NotAnalysedYet_NotFoundProblem()
    {
        using var client = fixture.Host.ClientFor(TestIds.HomeTenant, TestIds.Nia);

        using var response = await client.GetAsync(new Uri("/api/me/health", UriKind.Relative));
        var problem = await ApiJson.ReadProblemAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("not_analysed", problem.Text("code"));
    }

    [Fact]
    public async Task Export_User_EveryStoredRowAboutThemAndNobodyElse()
    {
        using var client = fixture.Host.AvaClient();

        using var response = await client.GetAsync(new Uri("/api/me/export", UriKind.Relative));
        var export = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(TestIds.Ava.Id.ToString("D"), export.Text("userId"));
        Assert.False(export.GetProperty("optedOut").GetBoolean());
        var data = export.GetProperty("data");
        Assert.Equal("ava.patel@contoso.example", data.GetProperty("mailbox").Text("mail"));
        Assert.Equal([TestIds.Ben.Mail, SeededData.Lena, SeededData.Maria],
            data.GetProperty("relationships").EnumerateArray().Select(r => r.Text("contactAddress")).Order(StringComparer.Ordinal));
        Assert.Equal(5, data.GetProperty("suggestions").GetArrayLength());
        Assert.Equal(SeededData.BenMessageId, Assert.Single(data.GetProperty("messages").EnumerateArray()).Text("id"));
        Assert.Equal(SeededData.MariaMeetingId, Assert.Single(data.GetProperty("meetings").EnumerateArray()).Text("id"));
        Assert.Equal(2, data.GetProperty("syncCursors").GetArrayLength());
        Assert.Equal("2025-06-30", Assert.Single(data.GetProperty("digests").EnumerateArray()).Text("localDate"));
        Assert.Equal([SeededData.Jo, SeededData.Maria],
            data.GetProperty("contactPreferences").EnumerateArray().Select(p => p.Text("contactAddress")).Order(StringComparer.Ordinal));
        Assert.NotEqual(JsonValueKind.Null, data.GetProperty("analysis").ValueKind);
        var text = export.GetRawText();
        Assert.DoesNotContain(SeededData.BenCanary, text, StringComparison.Ordinal);
        Assert.DoesNotContain(SeededData.CarolCanary, text, StringComparison.Ordinal);
        Assert.DoesNotContain(TestIds.Ben.Id.ToString("D"), text, StringComparison.OrdinalIgnoreCase);
    }
}
