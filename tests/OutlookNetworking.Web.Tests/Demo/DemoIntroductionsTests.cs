using System.Net.Http.Headers;
using System.Text.Json;
using OutlookNetworking.Web.Tests.Digest;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Demo;

/// <summary>The demo (over contoso-stories, its night run) has warm introductions on, Ava and Ben opted in: Ava, looking
/// at Chen Wei's mail, sees that Ben knows him (their fortnightly check-ins).</summary>
public sealed class DemoIntroductionsTests(DigestHostFixture fixture) : IClassFixture<DigestHostFixture>
{
    [Fact]
    public async Task DemoAva_ChenWeisMail_BenCanIntroduce()
    {
        using var ava = await SignedInAsync("ava.patel@contoso.example");

        var settings = await ava.GetJsonAsync("/api/me/introductions");
        var answer = await ava.GetJsonAsync("/api/introductions?emails=chen.wei@northwind.example");

        Assert.True(settings.GetProperty("discoverable").GetBoolean());
        Assert.True(settings.GetProperty("organisationEnabled").GetBoolean());
        var entry = Assert.Single(answer.GetProperty("introductions").EnumerateArray());
        var ben = Assert.Single(entry.GetProperty("colleagues").EnumerateArray());
        Assert.Equal("ben.okafor@contoso.example", ben.Text("mail"));
        Assert.Equal("Ben Okafor", ben.Text("displayName"));
        Assert.Equal("in touch this month", ben.Text("lastContactLabel")); // their last check-in: 2025-06-17
    }

    private async Task<HttpClient> SignedInAsync(string upn)
    {
        var client = fixture.Host.CreateClient();
        using var issued = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/demo/token?upn={upn}", UriKind.Relative)));
        client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", issued.RootElement.GetProperty("accessToken").GetString());
        return client;
    }
}
