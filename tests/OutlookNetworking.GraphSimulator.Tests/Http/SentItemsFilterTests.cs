using System.Net;
using System.Text.Json;
using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Http;

/// <summary>A sender finds out whether a send whose answer it lost went through: its Sent Items, by Message-ID.</summary>
public sealed class SentItemsFilterTests : ContosoSimulatorTest
{
    private static string Send(string id, bool save) => JsonSerializer.Serialize(new
    {
        message = new
        {
            subject = "digest",
            internetMessageId = id,
            body = new { contentType = "HTML", content = "<p>x</p>" },
            toRecipients = new[] { new { emailAddress = new { address = "ava.patel@contoso.example" } } },
        },
        saveToSentItems = save,
    });

    private static string Filter(string id) => "$filter=" + Uri.EscapeDataString("internetMessageId eq '" + id.Replace("'", "''", StringComparison.Ordinal) + "'") + "&$select=id";

    [Fact]
    public async Task SentItems_FilteredByInternetMessageId_FindsOnlyThatSendersKeptMail()
    {
        await Http.PostAsync($"/users/{TestPaths.BenId}/sendMail", Send("<kept@contoso.example>", save: true));
        await Http.PostAsync($"/users/{TestPaths.BenId}/sendMail", Send("<not-kept@contoso.example>", save: false));
        await Http.PostAsync($"/users/{TestPaths.BenId}/sendMail", Send("<o'brien@contoso.example>", save: true));

        var (kept, keptBody) = await Http.GetAsync($"/users/{TestPaths.BenId}/mailFolders/sentitems/messages?{Filter("<kept@contoso.example>")}");
        var (_, notKept) = await Http.GetAsync($"/users/{TestPaths.BenId}/mailFolders/sentitems/messages?{Filter("<not-kept@contoso.example>")}");
        var (_, quoted) = await Http.GetAsync($"/users/{TestPaths.BenId}/messages?{Filter("<o'brien@contoso.example>")}");
        var (_, inbox) = await Http.GetAsync($"/users/{TestPaths.BenId}/mailFolders/inbox/messages?{Filter("<kept@contoso.example>")}");
        var (_, otherSender) = await Http.GetAsync($"/users/{TestPaths.AvaId}/mailFolders/sentitems/messages?{Filter("<kept@contoso.example>")}");

        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Equal("<kept@contoso.example>", Assert.Single(keptBody.GetProperty("value").EnumerateArray()).GetProperty("internetMessageId").GetString());
        Assert.Empty(notKept.GetProperty("value").EnumerateArray());
        Assert.Single(quoted.GetProperty("value").EnumerateArray());
        Assert.Empty(inbox.GetProperty("value").EnumerateArray());
        Assert.Empty(otherSender.GetProperty("value").EnumerateArray());
    }

    [Fact]
    public async Task Messages_AnyOtherFilter_BadRequest()
    {
        var (response, body) = await Http.GetAsync($"/users/{TestPaths.BenId}/messages?$filter={Uri.EscapeDataString("subject eq 'x'")}&$select=id");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("ErrorInvalidUrlQueryFilter", body.GetProperty("error").GetProperty("code").GetString());
    }
}
