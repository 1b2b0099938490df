using System.Net;
using System.Text.Json;
using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Http;

/// <summary>A sender looks for its own sent copies: by when they were received, or by the Message-ID Exchange gave them.</summary>
public sealed class SentItemsFilterTests : ContosoSimulatorTest
{
    private static string Send(string to) => JsonSerializer.Serialize(new
    {
        message = new
        {
            subject = "digest",
            body = new { contentType = "HTML", content = "<p>x</p>" },
            toRecipients = new[] { new { emailAddress = new { address = to } } },
        },
    });

    private static string Since(DateTimeOffset at) =>
        "$filter=" + Uri.EscapeDataString($"receivedDateTime ge {at:yyyy-MM-ddTHH:mm:ssZ}") + "&$select=toRecipients,receivedDateTime";

    [Fact]
    public async Task SentItems_FilteredByReceivedDateTime_FindsOnlyThatSendersCopiesSinceThen()
    {
        var start = Sim.Clock.GetUtcNow();
        await Http.PostAsync($"/users/{TestPaths.BenId}/sendMail", Send("ava.patel@contoso.example"));
        Sim.Control.AdvanceClock(TimeSpan.FromHours(1));
        await Http.PostAsync($"/users/{TestPaths.BenId}/sendMail", Send("dana.kim@contoso.example"));
        await Http.PostAsync($"/users/{TestPaths.AvaId}/sendMail", Send("ben.okafor@contoso.example"));
        Sim.Control.AdvanceClock(TimeSpan.FromMinutes(5));

        var (all, allBody) = await Http.GetAsync($"/users/{TestPaths.BenId}/mailFolders/sentitems/messages?{Since(start)}");
        var (_, lastHour) = await Http.GetAsync($"/users/{TestPaths.BenId}/mailFolders/sentitems/messages?{Since(start.AddMinutes(30))}");
        var (_, inbox) = await Http.GetAsync($"/users/{TestPaths.BenId}/mailFolders/inbox/messages?{Since(start)}");
        var (_, mailbox) = await Http.GetAsync($"/users/{TestPaths.BenId}/messages?{Since(start)}");

        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        Assert.Equal(["dana.kim@contoso.example", "ava.patel@contoso.example"], allBody.GetProperty("value").EnumerateArray()
            .Select(m => m.GetProperty("toRecipients")[0].GetProperty("emailAddress").GetProperty("address").GetString()));
        Assert.Equal("dana.kim@contoso.example", Assert.Single(lastHour.GetProperty("value").EnumerateArray())
            .GetProperty("toRecipients")[0].GetProperty("emailAddress").GetProperty("address").GetString());
        Assert.Empty(inbox.GetProperty("value").EnumerateArray());
        Assert.Equal(2, mailbox.GetProperty("value").GetArrayLength());
    }

    [Fact]
    public async Task SentItems_ManyCopies_PagedWithTopAndNextLinks()
    {
        var start = Sim.Clock.GetUtcNow();
        for (var i = 0; i < 5; i++)
        {
            await Http.PostAsync($"/users/{TestPaths.BenId}/sendMail", Send($"person{i}@contoso.example"));
        }

        Sim.Control.AdvanceClock(TimeSpan.FromMinutes(5));
        var seen = new List<string>();
        var url = $"/users/{TestPaths.BenId}/mailFolders/sentitems/messages?{Since(start)}&$top=2";
        var pages = 0;
        while (url is not null)
        {
            var (_, body) = await Http.GetAsync(url);
            pages++;
            seen.AddRange(body.GetProperty("value").EnumerateArray().Select(m => m.GetProperty("toRecipients")[0].GetProperty("emailAddress").GetProperty("address").GetString()!));
            url = body.TryGetProperty("@odata.nextLink", out var next) ? next.GetString() : null;
        }

        Assert.Equal(3, pages);
        Assert.Equal(5, seen.Distinct().Count());
    }

    [Fact]
    public async Task SentItems_FilteredByInternetMessageId_FindsExchangesIdNotTheOneTheClientAskedFor()
    {
        await Http.PostAsync($"/users/{TestPaths.BenId}/sendMail", JsonSerializer.Serialize(new
        {
            message = new
            {
                internetMessageId = "<asked@contoso.example>",
                toRecipients = new[] { new { emailAddress = new { address = "ava.patel@contoso.example" } } },
            },
        }));
        Sim.Control.AdvanceClock(TimeSpan.FromMinutes(5));
        var given = Assert.Single(Sim.Control.Outbox).InternetMessageId!;
        string Filter(string id) => "$filter=" + Uri.EscapeDataString("internetMessageId eq '" + id + "'") + "&$select=internetMessageId";

        var (_, asked) = await Http.GetAsync($"/users/{TestPaths.BenId}/mailFolders/sentitems/messages?{Filter("<asked@contoso.example>")}");
        var (_, exchanges) = await Http.GetAsync($"/users/{TestPaths.BenId}/mailFolders/sentitems/messages?{Filter(given)}");

        Assert.Empty(asked.GetProperty("value").EnumerateArray());
        Assert.Equal(given, Assert.Single(exchanges.GetProperty("value").EnumerateArray()).GetProperty("internetMessageId").GetString());
    }

    [Theory]
    [InlineData("subject eq 'x'", "$select=id")]
    [InlineData("toRecipients/any(r:r/emailAddress/address eq 'ava.patel@contoso.example')", "$select=id")]
    public async Task Messages_AnyOtherFilter_BadRequest(string filter, string select)
    {
        var (response, body) = await Http.GetAsync($"/users/{TestPaths.BenId}/messages?$filter={Uri.EscapeDataString(filter)}&{select}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("ErrorInvalidUrlQueryFilter", body.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task SentItems_FilterWithoutSelect_IsTheMetadataGuard()
    {
        var (response, _) = await Http.GetAsync($"/users/{TestPaths.BenId}/mailFolders/sentitems/messages?$filter={Uri.EscapeDataString("receivedDateTime ge 2025-01-01")}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
