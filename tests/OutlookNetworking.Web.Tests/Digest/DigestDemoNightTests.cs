using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Digest;

/// <summary>POST /demo/night, GET /demo/outbox, GET /digest/preview and the jobs dashboard on the demo host.</summary>
public sealed class DigestDemoNightTests(DigestHostFixture fixture) : IClassFixture<DigestHostFixture>
{
    private const string AvaMail = "ava.patel@contoso.example";

    [Fact]
    public void DemoNight_ContosoTenant_AnalysesBothPeopleAndSendsAvasDigest()
    {
        var night = fixture.Night;

        Assert.Equal(2, night.GetProperty("mailboxes").GetInt32());
        Assert.Equal(2, night.GetProperty("analysed").GetInt32());
        var ava = night.GetProperty("digests").EnumerateArray().Single(d => d.GetProperty("upn").GetString() == AvaMail);
        Assert.Equal("sent", ava.GetProperty("status").GetString());
        Assert.Equal("2025-06-30", ava.GetProperty("localDate").GetString()); // 11:00 in Los Angeles
        Assert.Equal(night.GetProperty("sent").GetInt32(), fixture.Outbox.GetArrayLength());
    }

    [Fact]
    public async Task DemoNight_RunAgainTheSameDay_SendsNothingTwice()
    {
        using var client = fixture.Host.CreateClient();

        using var again = await client.PostAsync(new Uri("/demo/night?timeoutSeconds=300", UriKind.Relative), null);
        var summary = await again.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(0, summary.GetProperty("sent").GetInt32());
        Assert.Equal(fixture.Outbox.GetArrayLength(), summary.GetProperty("outboxCount").GetInt32());
    }

    [Fact]
    public void Outbox_AvasDigest_HasRecipientSubjectSentTimeHtmlAndListUnsubscribe()
    {
        var mail = fixture.MailTo(AvaMail);

        Assert.Equal("Your follow-ups for Monday", mail.GetProperty("subject").GetString());
        Assert.Equal(new DateTimeOffset(2025, 6, 30, 18, 0, 0, TimeSpan.Zero), mail.GetProperty("sentAt").GetDateTimeOffset());
        Assert.False(mail.GetProperty("mime").GetBoolean()); // JSON sendMail (graph-fidelity GF-15)
        Assert.Contains("data-testid=\"digest\"", mail.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.Contains("/digest/links/unsubscribe?t=", mail.GetProperty("headers").GetProperty("List-Unsubscribe").GetString(), StringComparison.Ordinal);
        Assert.Empty(EmailSafetyCheck.Violations(mail.GetProperty("html").GetString()!));
    }

    [Fact]
    public async Task Preview_DemoUpn_SameSuggestionsAsTheSentDigestAndEmailSafe()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync(new Uri("/digest/preview?upn=" + AvaMail, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(EmailSafetyCheck.Violations(html));
        var sent = fixture.MailTo(AvaMail).GetProperty("html").GetString()!;
        var keys = DigestPages.Parse(html).QuerySelectorAll("tr[data-testid=suggestion]").Select(r => r.GetAttribute("data-key")).ToList();
        Assert.NotEmpty(keys);
        Assert.Equal(DigestPages.Parse(sent).QuerySelectorAll("tr[data-testid=suggestion]").Select(r => r.GetAttribute("data-key")), keys);
    }

    [Fact]
    public async Task Preview_TextFormat_PlainTextWithTheSameSuggestions()
    {
        using var client = fixture.Host.CreateClient();

        var text = await client.GetStringAsync(new Uri("/digest/preview?format=text&upn=" + AvaMail, UriKind.Relative));

        Assert.StartsWith("Your follow-ups for Monday", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        Assert.Contains("Done: http://localhost/digest/links/done?t=", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_UnknownUpn_NotFound()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync(new Uri("/digest/preview?upn=nobody@contoso.example", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Dashboard_DemoAdmin_ListsJobsAsSentences()
    {
        using var browser = fixture.Host.CreateBrowser();
        await Security.AdminBrowser.SignInAsync(browser, DigestTestHost.Tenant);

        var page = await browser.GetStringAsync(new Uri("/hangfire/jobs/succeeded", UriKind.Relative));

        // Ids only (security review finding 7): the dashboard names no one.
        Assert.Contains("Send the morning digest of user ", page, StringComparison.Ordinal);
        Assert.Contains(" for 2025-06-30", page, StringComparison.Ordinal);
        Assert.Contains("Sync and analyse mailbox ", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Ava Patel", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Ben Okafor", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POST", "/demo/night")]
    [InlineData("GET", "/demo/outbox")]
    public async Task DemoNightAndOutbox_ThroughAProxy_Refused(string method, string path)
    {
        using var client = fixture.Host.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
