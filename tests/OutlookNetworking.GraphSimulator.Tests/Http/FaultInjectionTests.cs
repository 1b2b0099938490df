using System.Net;
using System.Text.Json;
using OutlookNetworking.GraphSimulator.Control;
using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Http;

public sealed class FaultInjectionTests
{
    private static readonly string[] Paths =
    [
        "/users", $"/users/{TestPaths.AvaId}", $"/users/{TestPaths.AvaId}/mailboxSettings", $"/users/{TestPaths.BenId}/mailboxSettings",
    ];

    [Fact]
    public async Task RandomFaults_SameSeed_FailTheSameRequestsTheSameWay()
    {
        var faults = new FaultOptions { Seed = 42, ThrottleRate = 0.2, ServiceUnavailableRate = 0.1, GatewayTimeoutRate = 0.1, RetryAfterSeconds = 3 };

        var first = await RunAsync(faults);
        var second = await RunAsync(faults);
        var otherSeed = await RunAsync(new FaultOptions { Seed = 43, ThrottleRate = 0.2, ServiceUnavailableRate = 0.1, GatewayTimeoutRate = 0.1 });

        Assert.Equal(first, second);
        Assert.NotEqual(first, otherSeed);
        Assert.Contains(429, first);
        Assert.Contains(200, first);
    }

    [Fact]
    public async Task RandomFaults_ThrottleAndUnavailable_CarryRetryAfterAndAreCounted()
    {
        await using var sim = await StartAsync();
        using var http = new GraphHttp(sim);
        sim.Control.SetFaults(new FaultOptions { Seed = 7, ThrottleRate = 0.5, ServiceUnavailableRate = 0.5, RetryAfterSeconds = 3 });

        var (response, body) = await http.GetAsync("/users");

        Assert.Contains((int)response.StatusCode, new[] { 429, 503 });
        Assert.Equal("3", response.Headers.GetValues("Retry-After").Single());
        Assert.True(body.GetProperty("error").TryGetProperty("code", out _));
        var counters = sim.Control.Counters;
        Assert.Equal(1, counters.FaultsByKind.Values.Sum());
        Assert.NotNull(sim.Control.RequestLog.Single().Fault);
    }

    [Fact]
    public async Task FaultRule_FailNextTwoMatching_FailsExactlyThoseThenServes()
    {
        await using var sim = await StartAsync();
        using var http = new GraphHttp(sim);
        sim.Control.AddFaultRule(new FaultRule { Kind = FaultKind.GatewayTimeout, Count = 2, PathContains = "mailboxSettings" });

        var statuses = new List<int>();
        foreach (var path in new[] { "/users", Paths[2], Paths[2], Paths[2] })
        {
            statuses.Add((int)(await http.GetAsync(path)).Response.StatusCode);
        }

        Assert.Equal([200, 504, 504, 200], statuses);
        Assert.Equal(2, sim.Control.Counters.FaultsByKind["GatewayTimeout"]);
    }

    [Fact]
    public async Task FaultRule_DropConnection_AbortsWithoutAResponse()
    {
        await using var sim = await StartAsync();
        using var http = new GraphHttp(sim);
        sim.Control.AddFaultRule(new FaultRule { Kind = FaultKind.DropConnection });

        await Assert.ThrowsAsync<HttpRequestException>(() => http.Client.GetAsync(http.Url("/users")));
        var ok = await http.Client.GetAsync(http.Url("/users"));

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("DropConnection", sim.Control.RequestLog[0].Fault);
    }

    [Fact]
    public async Task FaultRule_TruncatedBody_SendsHalfAJsonDocument()
    {
        await using var sim = await StartAsync();
        using var http = new GraphHttp(sim);
        sim.Control.AddFaultRule(new FaultRule { Kind = FaultKind.TruncatedBody });

        var truncated = await http.Client.GetAsync(http.Url("/users"));
        var text = await truncated.Content.ReadAsStringAsync();
        var full = await (await http.Client.GetAsync(http.Url("/users"))).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, truncated.StatusCode);
        Assert.Equal(full.Length / 2, text.Length);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(text));
    }

    [Fact]
    public async Task FaultRule_Latency_DelaysButServes()
    {
        await using var sim = await StartAsync();
        using var http = new GraphHttp(sim);
        sim.Control.AddFaultRule(new FaultRule { Kind = FaultKind.Latency, LatencyMilliseconds = 50 });

        var (response, _) = await http.GetAsync("/users");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Latency", sim.Control.RequestLog.Single().Fault);
    }

    [Fact]
    public async Task FaultRule_SlowAnswer_CarriesTheRequestOutThenHoldsTheAnswer()
    {
        await using var sim = await StartAsync();
        using var http = new GraphHttp(sim);
        sim.Control.AddFaultRule(new FaultRule { Kind = FaultKind.SlowAnswer, PathContains = "/sendMail", LatencyMilliseconds = 60_000 });
        var mail = """{"message":{"subject":"Digest","toRecipients":[{"emailAddress":{"address":"ava.patel@contoso.example"}}]}}""";
        using var giveUp = new CancellationTokenSource();
        using var content = new StringContent(mail, System.Text.Encoding.UTF8, "application/json");

        var send = http.Client.PostAsync(http.Url($"/users/{TestPaths.BenId}/sendMail"), content, giveUp.Token);
        while (sim.Control.Outbox.Count == 0 && !send.IsCompleted)
        {
            await Task.Delay(20);
        }

        var answeredBeforeAccepted = send.IsCompleted;
        await giveUp.CancelAsync(); // the client gives up (or dies) while the answer is held
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => send);

        Assert.False(answeredBeforeAccepted);
        Assert.Equal("Digest", Assert.Single(sim.Control.Outbox).Subject);
    }

    [Fact]
    public async Task FaultRule_AnswerLost_CarriesTheRequestOutThenAbortsWithoutAnswer()
    {
        await using var sim = await StartAsync();
        using var http = new GraphHttp(sim);
        sim.Control.AddFaultRule(new FaultRule { Kind = FaultKind.AnswerLost, PathContains = "/sendMail" });
        var send = """{"message":{"subject":"x","toRecipients":[{"emailAddress":{"address":"ava.patel@contoso.example"}}]}}""";

        var error = await Assert.ThrowsAnyAsync<HttpRequestException>(() => http.PostAsync($"/users/{TestPaths.BenId}/sendMail", send));

        Assert.NotNull(error);
        Assert.Single(sim.Control.Outbox);
        Assert.Equal(0, sim.Control.RequestLog.Single().Status);
    }

    [Fact]
    public async Task ClearFaults_RemovesRulesAndRates()
    {
        await using var sim = await StartAsync();
        using var http = new GraphHttp(sim);
        sim.Control.SetFaults(new FaultOptions { ThrottleRate = 1 });
        sim.Control.AddFaultRule(new FaultRule { Kind = FaultKind.GatewayTimeout, Count = 5 });

        sim.Control.ClearFaults();
        var (response, _) = await http.GetAsync("/users");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SetFaults_RatesAddingUpBeyondOne_AreRejected()
    {
        await using var sim = await StartAsync();

        Assert.Throws<ArgumentException>(() => sim.Control.SetFaults(new FaultOptions { ThrottleRate = 0.8, GatewayTimeoutRate = 0.5 }));
    }

    private static Task<GraphSimulatorHost> StartAsync() =>
        GraphSimulatorHost.StartAsync(new SimulatorOptions { SnapshotPath = TestPaths.Contoso });

    /// <summary>Forty sequential requests over four URLs; returns the statuses in order.</summary>
    private static async Task<List<int>> RunAsync(FaultOptions faults)
    {
        await using var sim = await GraphSimulatorHost.StartAsync(new SimulatorOptions { SnapshotPath = TestPaths.Contoso, Faults = faults });
        using var http = new GraphHttp(sim);
        var statuses = new List<int>();
        for (var i = 0; i < 40; i++)
        {
            statuses.Add((int)(await http.GetAsync(Paths[i % Paths.Length])).Response.StatusCode);
        }

        return statuses;
    }
}
