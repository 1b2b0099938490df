using System.Net;
using System.Text;
using System.Text.Json;
using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Fidelity;

/// <summary>
/// graph-fidelity GF-15: a MIME send loses its custom headers and its Message-ID; a JSON send refuses headers not named
/// <c>x-…</c>, keeps a copy in Sent Items unless <c>saveToSentItems</c> is false, and takes
/// <c>singleValueExtendedProperties</c> (<c>PidTagListUnsubscribe</c> becomes the List-Unsubscribe header).
/// </summary>
public sealed class Gf15SendMailHeadersTests : ContosoSimulatorTest
{
    private static string Mime(params string[] extraHeaders) => string.Join("\r\n",
    [
        "From: Ben Okafor <ben.okafor@contoso.example>",
        "To: Ava Patel <ava.patel@contoso.example>",
        "Subject: Your follow-ups for Tuesday",
        "Message-ID: <digest.20250701.ava@contoso.example>",
        .. extraHeaders,
        "MIME-Version: 1.0",
        "Content-Type: text/html; charset=utf-8",
        "",
        "<p>Ben is waiting for your reply.</p>",
    ]);

    private static object JsonMessage(object[]? headers = null, object[]? properties = null, object? saveToSentItems = null) => new Dictionary<string, object?>
    {
        ["message"] = new Dictionary<string, object?>
        {
            ["subject"] = "Your follow-ups for Tuesday",
            ["internetMessageId"] = "<digest.20250701.ava@contoso.example>",
            ["body"] = new { contentType = "HTML", content = "<p>x</p>" },
            ["toRecipients"] = new[] { new { emailAddress = new { address = "ava.patel@contoso.example" } } },
            ["internetMessageHeaders"] = headers,
            ["singleValueExtendedProperties"] = properties,
        },
        ["saveToSentItems"] = saveToSentItems,
    };

    private async Task<HttpResponseMessage> SendMimeAsync(string mime) =>
        await Http.Client.PostAsync(Http.Url($"/users/{TestPaths.BenId}/sendMail"),
            new StringContent(Convert.ToBase64String(Encoding.UTF8.GetBytes(mime)), Encoding.ASCII, "text/plain"));

    private Task<(HttpResponseMessage Response, JsonElement Body)> SendJsonAsync(object message) =>
        Http.PostAsync($"/users/{TestPaths.BenId}/sendMail", JsonSerializer.Serialize(message));

    [Fact]
    public async Task Gf15_MimeSend_DropsEveryCustomHeaderAndReplacesTheMessageId()
    {
        var response = await SendMimeAsync(Mime(
            "List-Unsubscribe: <https://networking.example/digest/unsubscribe?t=abc>",
            "Auto-Submitted: auto-generated",
            "X-OutlookNetworking-Digest: 2025-07-01"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var sent = Assert.Single(Sim.Control.Outbox);
        Assert.Empty(sent.Headers);
        Assert.Equal(["List-Unsubscribe", "Auto-Submitted", "X-OutlookNetworking-Digest"], sent.DroppedHeaders);
        Assert.Equal("<digest.20250701.ava@contoso.example>", sent.RequestedInternetMessageId);
        Assert.NotNull(sent.InternetMessageId);
        Assert.NotEqual(sent.RequestedInternetMessageId, sent.InternetMessageId);
    }

    [Fact]
    public async Task Gf15_MimeSend_XHeaderKeptOnlyAfterTheMailboxSentItThroughJson()
    {
        const string Header = "X-OutlookNetworking-Digest: 2025-07-01";
        await SendMimeAsync(Mime(Header));
        var (json, _) = await SendJsonAsync(JsonMessage(headers: [new { name = "X-OutlookNetworking-Digest", value = "2025-07-02" }]));
        await SendMimeAsync(Mime(Header));

        Assert.Equal(HttpStatusCode.Accepted, json.StatusCode);
        var outbox = Sim.Control.Outbox;
        Assert.Equal(3, outbox.Count);
        Assert.Empty(outbox[0].Headers);
        Assert.Equal("2025-07-02", outbox[1].Headers["X-OutlookNetworking-Digest"]);
        Assert.Equal("2025-07-01", outbox[2].Headers["X-OutlookNetworking-Digest"].Trim());
    }

    [Fact]
    public async Task Gf15_JsonSend_HeaderNotNamedX_400InvalidInternetMessageHeaderAndNothingSent()
    {
        var (response, body) = await SendJsonAsync(JsonMessage(headers:
        [
            new { name = "X-OutlookNetworking-Digest", value = "2025-07-01" },
            new { name = "Auto-Submitted", value = "auto-generated" },
        ]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("InvalidInternetMessageHeader", body.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("The internet message header name 'Auto-Submitted' should start with 'x-' or 'X-'.",
            body.GetProperty("error").GetProperty("message").GetString());
        Assert.Empty(Sim.Control.Outbox);
    }

    [Fact]
    public async Task Gf15_JsonSend_ListUnsubscribeAsPidTagListUnsubscribe_TravelsAndTheMessageIdIsStillReplaced()
    {
        var (response, _) = await SendJsonAsync(JsonMessage(
            headers: [new { name = "x-outlooknetworking-digest", value = "2025-07-01" }],
            properties: [new { id = "String 0x1045", value = "<https://networking.example/u?t=abc>" }]));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var sent = Assert.Single(Sim.Control.Outbox);
        Assert.Equal("<https://networking.example/u?t=abc>", sent.ExtendedProperties["String 0x1045"]);
        Assert.Equal("<https://networking.example/u?t=abc>", sent.Headers["List-Unsubscribe"]);
        Assert.Equal("2025-07-01", sent.Headers["X-OutlookNetworking-Digest"]);
        Assert.Equal("<digest.20250701.ava@contoso.example>", sent.RequestedInternetMessageId);
        Assert.NotEqual(sent.RequestedInternetMessageId, sent.InternetMessageId);
    }

    [Fact]
    public async Task Gf15_JsonSend_MalformedExtendedPropertyId_IsBadRequestAndNothingSent()
    {
        var (response, body) = await SendJsonAsync(JsonMessage(properties: [new { id = "List-Unsubscribe", value = "<x>" }]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("ErrorInvalidProperty", body.GetProperty("error").GetProperty("code").GetString());
        Assert.Empty(Sim.Control.Outbox);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData("false", false)]
    public async Task Gf15_JsonSend_CopyInDraftsUntilTransportThenInSentItemsUnlessSaveToSentItemsFalse(object? save, bool kept)
    {
        var at = Sim.Clock.GetUtcNow();
        await SendJsonAsync(JsonMessage(saveToSentItems: save));
        var query = "?$filter=" + Uri.EscapeDataString($"receivedDateTime ge {at.AddMinutes(-5):yyyy-MM-ddTHH:mm:ssZ}") + "&$select=toRecipients,isDraft,sentDateTime";

        var (_, draftsBefore) = await Http.GetAsync($"/users/{TestPaths.BenId}/mailFolders/drafts/messages{query}");
        var (_, sentBefore) = await Http.GetAsync($"/users/{TestPaths.BenId}/mailFolders/sentitems/messages{query}");
        Sim.Control.AdvanceClock(TimeSpan.FromMinutes(1));
        var (_, draftsAfter) = await Http.GetAsync($"/users/{TestPaths.BenId}/mailFolders/drafts/messages{query}");
        var (_, sentAfter) = await Http.GetAsync($"/users/{TestPaths.BenId}/mailFolders/sentitems/messages{query}");

        var draft = Assert.Single(draftsBefore.GetProperty("value").EnumerateArray());
        Assert.True(draft.GetProperty("isDraft").GetBoolean());
        Assert.Equal(JsonValueKind.Null, draft.GetProperty("sentDateTime").ValueKind);
        Assert.Empty(sentBefore.GetProperty("value").EnumerateArray());
        Assert.Empty(draftsAfter.GetProperty("value").EnumerateArray());
        Assert.Equal(kept ? 1 : 0, sentAfter.GetProperty("value").GetArrayLength());
        if (kept)
        {
            var copy = sentAfter.GetProperty("value")[0];
            Assert.False(copy.GetProperty("isDraft").GetBoolean());
            Assert.Equal("ava.patel@contoso.example", copy.GetProperty("toRecipients")[0].GetProperty("emailAddress").GetProperty("address").GetString());
        }
    }
}
