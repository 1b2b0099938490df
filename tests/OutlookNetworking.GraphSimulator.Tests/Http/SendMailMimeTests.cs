using System.Net;
using System.Text;
using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Http;

/// <summary>sendMail in MIME form: <c>Content-Type: text/plain</c> with a base64 RFC 5322 message, as Graph documents it.</summary>
public sealed class SendMailMimeTests : ContosoSimulatorTest
{
    private const string Mime = """
        From: Ben Okafor <ben.okafor@contoso.example>
        To: Ava Patel <ava.patel@contoso.example>
        Subject: Your follow-ups for Tuesday
        List-Unsubscribe: <https://networking.example/digest/unsubscribe?t=abc>
        MIME-Version: 1.0
        Content-Type: multipart/alternative; boundary="b1"

        --b1
        Content-Type: text/plain; charset=utf-8

        Ben is waiting for your reply.
        --b1
        Content-Type: text/html; charset=utf-8

        <p>Ben is <b>waiting</b> for your reply.</p>
        --b1--
        """;

    [Fact]
    public async Task SendMail_Mime_OutboxHasBothPartsRecipientAndSubject_ListUnsubscribeDropped()
    {
        var at = new DateTimeOffset(2025, 7, 1, 14, 0, 0, TimeSpan.Zero);
        Sim.Control.SetClock(at);
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(Mime.ReplaceLineEndings("\r\n")));

        var response = await Http.Client.PostAsync(Http.Url($"/users/{TestPaths.BenId}/sendMail"),
            new StringContent(base64, Encoding.ASCII, "text/plain"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var sent = Assert.Single(Sim.Control.Outbox);
        Assert.True(sent.IsMime);
        Assert.Equal("Your follow-ups for Tuesday", sent.Subject);
        Assert.Equal("ava.patel@contoso.example", Assert.Single(sent.To).Address);
        Assert.Equal("Ben is waiting for your reply.", sent.TextBody?.Trim());
        Assert.Equal("<p>Ben is <b>waiting</b> for your reply.</p>", sent.HtmlBody?.Trim());
        Assert.Equal(at, sent.SentAt);
        Assert.False(sent.Headers.ContainsKey("List-Unsubscribe")); // GF-15: Exchange drops headers not named X-
        Assert.Contains("List-Unsubscribe", sent.DroppedHeaders);
    }

    [Fact]
    public async Task SendMail_MimeNotBase64_IsBadRequestAndNothingIsSent()
    {
        var response = await Http.Client.PostAsync(Http.Url($"/users/{TestPaths.BenId}/sendMail"),
            new StringContent("this is not base64 %%%", Encoding.ASCII, "text/plain"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ErrorMimeContentInvalidBase64String", await response.Content.ReadAsStringAsync());
        Assert.Empty(Sim.Control.Outbox);
    }
}
