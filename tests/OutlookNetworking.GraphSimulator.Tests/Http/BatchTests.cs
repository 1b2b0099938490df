using System.Net;
using System.Text.Json;
using OutlookNetworking.GraphSimulator.Control;
using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Http;

public sealed class BatchTests : ContosoSimulatorTest
{
    [Fact]
    public async Task Batch_MoreThanTwentyRequests_IsBadRequest()
    {
        var requests = Enumerable.Range(1, 21).Select(i => new { id = i.ToString(), method = "GET", url = "/users" });

        var (response, body) = await Http.PostAsync("/$batch", JsonSerializer.Serialize(new { requests }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("20", body.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task Batch_MixedItems_AnswersEachWithItsOwnStatusHeadersAndBody()
    {
        var requests = new object[]
        {
            new { id = "users", method = "GET", url = "/users?$select=displayName" },
            new { id = "missing", method = "GET", url = "/users/nobody@contoso.example" },
            new { id = "body", method = "GET", url = $"/users/{TestPaths.AvaId}/mailFolders/inbox/messages/delta?$select=body" },
            new { id = "delta", method = "GET", url = $"/users/{TestPaths.AvaId}/mailFolders/inbox/messages/delta?$select=from", headers = new Dictionary<string, string> { ["Prefer"] = "odata.maxpagesize=3" } },
        };

        var (response, body) = await Http.PostAsync("/$batch", JsonSerializer.Serialize(new { requests }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var byId = body.GetProperty("responses").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        Assert.Equal(200, byId["users"].GetProperty("status").GetInt32());
        Assert.Equal(3, byId["users"].GetProperty("body").GetProperty("value").GetArrayLength());
        Assert.Equal(404, byId["missing"].GetProperty("status").GetInt32());
        Assert.Equal(403, byId["body"].GetProperty("status").GetInt32());
        Assert.Equal("ErrorAccessDenied", byId["body"].GetProperty("body").GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(3, byId["delta"].GetProperty("body").GetProperty("value").GetArrayLength());
        Assert.Equal("odata.maxpagesize=3", byId["delta"].GetProperty("headers").GetProperty("Preference-Applied").GetString());
        Assert.Equal(4, Sim.Control.RequestLog.Count(e => e.IsBatchItem));
    }

    [Fact]
    public async Task Batch_ItemMatchingAFaultRule_IsThrottledAlone()
    {
        Sim.Control.AddFaultRule(new FaultRule { Kind = FaultKind.Throttle, PathContains = "/mailboxSettings", RetryAfterSeconds = 7 });
        var requests = new object[]
        {
            new { id = "1", method = "GET", url = $"/users/{TestPaths.AvaId}" },
            new { id = "2", method = "GET", url = $"/users/{TestPaths.AvaId}/mailboxSettings" },
        };

        var (_, body) = await Http.PostAsync("/$batch", JsonSerializer.Serialize(new { requests }));

        var byId = body.GetProperty("responses").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        Assert.Equal(200, byId["1"].GetProperty("status").GetInt32());
        Assert.Equal(429, byId["2"].GetProperty("status").GetInt32());
        Assert.Equal("7", byId["2"].GetProperty("headers").GetProperty("Retry-After").GetString());
    }

    [Fact]
    public async Task Batch_FiveItemsForOneMailbox_AllServedAtMostFourAtOnce()
    {
        Sim.Control.SetFaults(new FaultOptions { LatencyRate = 1, LatencyMilliseconds = 200, PathContains = "/mailboxSettings" });
        var requests = Enumerable.Range(1, 5).Select(i => new { id = i.ToString(), method = "GET", url = $"/users/{TestPaths.AvaId}/mailboxSettings" });

        var (_, body) = await Http.PostAsync("/$batch", JsonSerializer.Serialize(new { requests }));

        var statuses = body.GetProperty("responses").EnumerateArray().Select(r => r.GetProperty("status").GetInt32()).ToList();
        Assert.Equal([200, 200, 200, 200, 200], statuses);
        var counters = Sim.Control.Counters;
        Assert.Equal(0, counters.ConcurrencyRejections + counters.AppConcurrencyRejections);
        Assert.Equal(4, counters.MaxConcurrencyByMailbox[TestPaths.AvaId]);
    }

    [Fact]
    public async Task Batch_DependsOnAFailedRequest_AnswersFailedDependency()
    {
        var requests = new object[]
        {
            new { id = "1", method = "GET", url = "/users/nobody@contoso.example" },
            new { id = "2", method = "GET", url = $"/users/{TestPaths.AvaId}", dependsOn = new[] { "1" } },
        };

        var (_, body) = await Http.PostAsync("/$batch", JsonSerializer.Serialize(new { requests }));

        Assert.Equal(424, body.GetProperty("responses")[1].GetProperty("status").GetInt32());
    }
}
