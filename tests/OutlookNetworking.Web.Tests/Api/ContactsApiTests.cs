using System.Net;
using System.Text.Json;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using OutlookNetworking.Data.Feedback;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Api;

/// <summary>Mute, unmute and goals; the tests share a host, reset to the seeded state before each.</summary>
public sealed class ContactsApiTests(SeededApiHostFixture fixture) : IClassFixture<SeededApiHostFixture>, IAsyncLifetime
{
    private readonly ProductionTestHost _host = fixture.Host;
    private HttpClient _ava = null!;
    private long _reanalysesBefore;

    public async Task InitializeAsync()
    {
        await SeededData.ResetAsync(_host);
        _reanalysesBefore = ReanalysesQueued();
        _ava = _host.AvaClient();
    }

    public Task DisposeAsync()
    {
        _ava.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task SetGoal_Valid_ShownOnTheCardAndReanalysisQueued()
    {
        Assert.Equal(HttpStatusCode.NoContent, await _ava.StatusOfAsync(HttpMethod.Put,
            "/api/contacts/lena.fischer%40adatum.example/goal", """{"tag":"  client  ","cadenceDays":14}"""));

        var goal = (await _ava.GetJsonAsync($"/api/people?emails={SeededData.Lena}")).GetProperty("people")[0].GetProperty("goal");
        Assert.Equal("client", goal.Text("tag"));
        Assert.Equal(14, goal.GetProperty("cadenceDays").GetInt32());
        Assert.Equal(_reanalysesBefore + 1, ReanalysesQueued());
    }

    [Fact]
    public async Task SetGoal_WithoutCadence_TagOnly()
    {
        Assert.Equal(HttpStatusCode.NoContent, await _ava.StatusOfAsync(HttpMethod.Put,
            $"/api/contacts/{SeededData.Lena}/goal", """{"tag":"Ex-colleague 2019","cadenceDays":null}"""));

        var goal = (await _ava.GetJsonAsync($"/api/people?emails={SeededData.Lena}")).GetProperty("people")[0].GetProperty("goal");
        Assert.Equal("Ex-colleague 2019", goal.Text("tag"));
        Assert.Equal(JsonValueKind.Null, goal.GetProperty("cadenceDays").ValueKind);
    }

    [Theory]
    [InlineData("""{"tag":"","cadenceDays":30}""")]
    [InlineData("""{"tag":"   ","cadenceDays":30}""")]
    [InlineData("""{"cadenceDays":30}""")]
    [InlineData("""{"tag":"abcdefghijklmnopqrstuvwxyzabcdefg","cadenceDays":30}""")]
    [InlineData("""{"tag":"<script>","cadenceDays":30}""")]
    [InlineData("""{"tag":"mentor","cadenceDays":0}""")]
    [InlineData("""{"tag":"mentor","cadenceDays":731}""")]
    public async Task SetGoal_Invalid_BadRequestAndNothingChanged(string body)
    {
        using var response = await _ava.SendJsonAsync(HttpMethod.Put, $"/api/contacts/{SeededData.Maria}/goal", body);
        var problem = await ApiJson.ReadProblemAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request", problem.Text("code"));
        var goal = (await Feedback().LoadAsync(SeededData.AvaKey, CancellationToken.None)).Goals[SeededData.Maria];
        Assert.Equal(("mentor", 30), (goal.Tag, goal.CadenceDays));
        Assert.Equal(_reanalysesBefore, ReanalysesQueued());
    }

    [Fact]
    public async Task ClearGoal_Existing_GoneFromTheCard()
    {
        Assert.Equal(HttpStatusCode.NoContent, await _ava.StatusOfAsync(HttpMethod.Delete, $"/api/contacts/{SeededData.Maria}/goal"));

        var maria = (await _ava.GetJsonAsync($"/api/people?emails={SeededData.Maria}")).GetProperty("people")[0];
        Assert.Equal(JsonValueKind.Null, maria.GetProperty("goal").ValueKind);
    }

    [Theory]
    [InlineData("/api/contacts/not-an-address/mute", "POST")]
    [InlineData("/api/contacts/not-an-address/unmute", "POST")]
    [InlineData("/api/contacts/x@y/goal", "DELETE")]
    public async Task ContactAction_MalformedAddress_BadRequestProblem(string path, string method)
    {
        using var response = await _ava.SendJsonAsync(new HttpMethod(method), path);
        var problem = await ApiJson.ReadProblemAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request", problem.Text("code"));
    }

    [Fact]
    public async Task Mute_MixedCaseAddress_StoredNormalised()
    {
        Assert.Equal(HttpStatusCode.NoContent, await _ava.StatusOfAsync(HttpMethod.Post, "/api/contacts/Lena.Fischer@ADATUM.example/mute"));

        Assert.Contains(SeededData.Lena, (await Feedback().LoadAsync(SeededData.AvaKey, CancellationToken.None)).MutedContacts);
    }

    private FeedbackStore Feedback() => _host.Services.GetRequiredService<FeedbackStore>();

    private long ReanalysesQueued() =>
        _host.Services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedJobs("default", 0, 10_000)
            .Count(j => j.Value.Job.Type.Name == "MailboxReanalysisJob");
}
