using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookNetworking.GraphSimulator.Control;
using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Http;

public sealed class SendMailAndControlTests : ContosoSimulatorTest
{
    [Fact]
    public async Task SendMail_Accepted_LandsInTheOutboxStampedWithTheSimulatorClock()
    {
        var at = new DateTimeOffset(2025, 7, 1, 7, 0, 0, TimeSpan.Zero);
        Sim.Control.SetClock(at);
        var message = new
        {
            message = new
            {
                subject = "Your morning digest",
                body = new { contentType = "HTML", content = "<p>Ben is waiting for your reply.</p>" },
                toRecipients = new[] { new { emailAddress = new { name = "Ava Patel", address = "ava.patel@contoso.example" } } },
            },
            saveToSentItems = false,
        };

        var (response, _) = await Http.PostAsync($"/users/{TestPaths.BenId}/sendMail", JsonSerializer.Serialize(message));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var sent = Assert.Single(Sim.Control.Outbox);
        Assert.Equal("Your morning digest", sent.Subject);
        Assert.Equal("HTML", sent.BodyContentType);
        Assert.Contains("waiting for your reply", sent.Body);
        Assert.Equal("ava.patel@contoso.example", Assert.Single(sent.To).Address);
        Assert.Equal(TestPaths.BenId, sent.SenderUserId);
        Assert.Equal(at, sent.SentAt);
        Assert.False(sent.SaveToSentItems);
    }

    [Fact]
    public async Task SendMail_ParametersCasedAsTheGraphSdkSendsThem_Accepted()
    {
        var (response, _) = await Http.PostAsync($"/users/{TestPaths.BenId}/sendMail",
            """{"Message":{"subject":"x","toRecipients":[{"emailAddress":{"address":"ava.patel@contoso.example"}}]},"SaveToSentItems":false}""");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.False(Assert.Single(Sim.Control.Outbox).SaveToSentItems);
    }

    [Fact]
    public async Task SendMail_WithoutRecipients_IsBadRequestAndNothingIsSent()
    {
        var (response, body) = await Http.PostAsync($"/users/{TestPaths.BenId}/sendMail", """{"message":{"subject":"x","toRecipients":[]}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("ErrorInvalidRecipients", body.GetProperty("error").GetProperty("code").GetString());
        Assert.Empty(Sim.Control.Outbox);
    }

    [Fact]
    public async Task HttpControl_AddMessage_ShowsUpInTheNextDeltaRound()
    {
        var delta = $"/users/{TestPaths.BenId}/mailFolders/inbox/messages/delta?$select=from";
        var (_, deltaLink, _) = await Http.DeltaRoundAsync(delta, "odata.maxpagesize=200", "IdType=\"ImmutableId\"");
        var control = new Uri(Sim.RootUri, "_simulator/");
        var message = """
            {"id":"http-added","conversationId":"c1","from":{"emailAddress":{"name":"Ava Patel","address":"ava.patel@contoso.example"}},
             "toRecipients":[],"sentDateTime":"2025-06-30T17:30:00Z","receivedDateTime":"2025-06-30T17:30:03Z","parentFolderId":"inbox"}
            """;

        var added = await Http.Client.PostAsync(new Uri(control, $"users/{TestPaths.BenId}/messages"), new StringContent(message, System.Text.Encoding.UTF8, "application/json"));
        var duplicate = await Http.Client.PostAsync(new Uri(control, $"users/{TestPaths.BenId}/messages"), new StringContent(message, System.Text.Encoding.UTF8, "application/json"));
        var (changes, _, _) = await Http.DeltaRoundAsync(deltaLink, "IdType=\"ImmutableId\"");

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(["http-added"], changes.Select(c => c.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task HttpControl_MessageWithBody_IsRefused()
    {
        var control = new Uri(Sim.RootUri, "_simulator/");
        var message = """{"id":"x","parentFolderId":"inbox","sentDateTime":"2025-06-30T17:30:00Z","body":{"content":"secret"}}""";

        var response = await Http.Client.PostAsync(new Uri(control, $"users/{TestPaths.BenId}/messages"), new StringContent(message, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task HttpControl_ClockFaultsLogAndCounters_RoundTrip()
    {
        var control = new Uri(Sim.RootUri, "_simulator/");
        await Http.GetAsync("/users");

        var clock = await Http.Client.PutAsJsonAsync(new Uri(control, "clock"), new { utcNow = "2025-07-04T08:00:00Z" });
        var rule = await Http.Client.PostAsJsonAsync(new Uri(control, "faults/rules"), new { kind = "Throttle", count = 1, pathContains = "/users" });
        var (throttled, _) = await Http.GetAsync("/users");
        var log = await Http.Client.GetFromJsonAsync<JsonElement>(new Uri(control, "requests"));
        var counters = await Http.Client.GetFromJsonAsync<JsonElement>(new Uri(control, "counters"));
        var tenant = await Http.Client.GetFromJsonAsync<JsonElement>(new Uri(control, "tenant"));

        Assert.Equal(HttpStatusCode.NoContent, clock.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, rule.StatusCode);
        Assert.Equal(new DateTimeOffset(2025, 7, 4, 8, 0, 0, TimeSpan.Zero), Sim.Clock.GetUtcNow());
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(2, log.GetArrayLength());
        Assert.Equal("Throttle", log[1].GetProperty("fault").GetString());
        Assert.Equal(2, counters.GetProperty("requests").GetInt64());
        Assert.Equal(1, tenant.GetProperty("skippedLines").GetInt32());
    }

    [Fact]
    public async Task HttpControl_ExpireDeltaTokens_MakesOldLinksGone()
    {
        var (_, deltaLink, _) = await Http.DeltaRoundAsync($"/users/{TestPaths.BenId}/mailFolders/inbox/messages/delta?$select=from", "odata.maxpagesize=500");

        var expired = await Http.Client.PostAsync(new Uri(Sim.RootUri, "_simulator/delta/expire"), null);
        var (response, _) = await Http.GetAsync(deltaLink);

        Assert.Equal(HttpStatusCode.NoContent, expired.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
    }

    [Fact]
    public void Control_UnknownUser_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => Sim.Control.DeleteMessage("nobody@contoso.example", "x"));
        Assert.Throws<KeyNotFoundException>(() => Sim.Control.DeleteMessage(TestPaths.AvaUpn, "no-such-message"));
    }
}
