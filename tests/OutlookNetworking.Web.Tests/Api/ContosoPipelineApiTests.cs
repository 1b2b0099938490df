using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Web.Features.Contacts;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Api;

/// <summary>The API over what the real pipeline stored for the hand-written contoso stories (expected.json).</summary>
public abstract class ContosoPipelineApiTests(StorageProvider provider) : IAsyncLifetime
{
    private ContosoApiHost _contoso = null!;

    public async Task InitializeAsync() => _contoso = await ContosoApiHost.StartAsync(provider);

    public async Task DisposeAsync() => await _contoso.DisposeAsync();

    [Fact]
    public async Task Suggestions_ContosoAva_TheStoriesSuggestionsWithLinksBack()
    {
        using var ava = _contoso.AvaClient();

        var suggestions = (await ava.GetJsonAsync("/api/suggestions?top=50")).GetProperty("suggestions").EnumerateArray().ToList();

        string Kind(string contact) => suggestions.First(s => s.GetProperty("contact").Text("address") == contact).Text("kind")!;
        Assert.Equal("owedReply", Kind("ben.okafor@contoso.example"));
        Assert.Equal("awaitingReply", Kind("chen.wei@northwind.example"));
        Assert.Equal("firstMeetingFollowUp", Kind("dana.kim@contoso.example"));
        // Eli: first (ranked higher) the meeting tomorrow to prepare for, then the dormant tie.
        Assert.Equal(["meetingPrep", "dormantTie"], suggestions.Where(s => s.GetProperty("contact").Text("address") == "eli.cohen@adatum.example")
            .Select(s => s.Text("kind")).ToList());
        Assert.Contains(Kind("maria.lopez@fabrikam.example"), new[] { "fadingTie", "dormantTie" });
        Assert.DoesNotContain(suggestions, s => s.GetProperty("contact").Text("address") is "news@industryweekly.example" or "jo@recruitco.example");
        var owed = suggestions.First(s => s.Text("kind") == "owedReply");
        Assert.StartsWith("https://outlook.office.com/mail/deeplink/read/AAMk", owed.Text("webLink"), StringComparison.Ordinal);
        var meeting = suggestions.First(s => s.Text("kind") == "firstMeetingFollowUp");
        Assert.StartsWith("https://outlook.office.com/calendar/item/", meeting.Text("webLink"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task People_ContosoAva_KnownColleagueAndNoiseSenderTellApart()
    {
        using var ava = _contoso.AvaClient();

        var people = (await ava.GetJsonAsync("/api/people?emails=ben.okafor@contoso.example,news@industryweekly.example,dana.kim@contoso.example"))
            .GetProperty("people");

        var ben = people[0];
        Assert.True(ben.GetProperty("known").GetBoolean());
        Assert.Equal("Ben Okafor", ben.Text("displayName"));
        Assert.Equal(12, ben.GetProperty("monthlyContactDays").GetArrayLength());
        Assert.Contains(ben.GetProperty("suggestions").EnumerateArray(), s => s.Text("kind") == "owedReply");
        Assert.False(people[1].GetProperty("known").GetBoolean()); // a newsletter is noise, not a relationship
        Assert.Equal("new", people[2].Text("strengthLabel"));      // first met two days ago
    }

    [Fact]
    public async Task People_ContosoAva_ListOnlyColleagueCardNamesTheListAndTheLastListMail()
    {
        using var ava = _contoso.AvaClient();

        // The fixture's story: Dev Costa writes to Operations 1 weekly, the last on 27 June 2025 at 09:00; Ava gets it
        // through the list and has no direct mail or meeting with him. Ben wrote to the same list once, but is a teammate.
        var people = (await ava.GetJsonAsync("/api/people?emails=dev.costa@contoso.example,ben.okafor@contoso.example"))
            .GetProperty("people");

        var dev = people[0];
        Assert.Equal("dev.costa@contoso.example", dev.Text("address"));
        Assert.False(dev.GetProperty("known").GetBoolean());
        Assert.Equal(["Operations 1"], dev.GetProperty("sharedLists").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(1, dev.GetProperty("sharedListCount").GetInt32());
        Assert.Equal("2025-06-27T09:00:00Z", dev.Text("lastListMail"));
        Assert.Empty(dev.GetProperty("suggestions").EnumerateArray());
        var ben = people[1];
        Assert.True(ben.GetProperty("known").GetBoolean());
        Assert.Equal(JsonValueKind.Null, ben.GetProperty("sharedLists").ValueKind);
        Assert.Equal(JsonValueKind.Null, ben.GetProperty("sharedListCount").ValueKind);
        Assert.Equal(JsonValueKind.Null, ben.GetProperty("lastListMail").ValueKind);
    }

    [Fact]
    public async Task SetGoal_DormantContact_CadenceSuggestionAfterTheQueuedReanalysis()
    {
        using var ava = _contoso.AvaClient();
        Assert.DoesNotContain(await KindsAsync(ava), k => k == "cadenceGoal");

        Assert.Equal(HttpStatusCode.NoContent, await ava.StatusOfAsync(HttpMethod.Put, "/api/contacts/eli.cohen@adatum.example/goal",
            """{"tag":"mentor","cadenceDays":30}"""));
        await ActivatorUtilities.CreateInstance<MailboxReanalysisJob>(_contoso.Host.Services)
            .RunAsync(ContosoApiHost.TenantId, ContosoApiHost.Ava.Id, CancellationToken.None);

        Assert.Contains("cadenceGoal", await KindsAsync(ava));
    }

    private static async Task<IReadOnlyList<string>> KindsAsync(HttpClient ava) =>
        (await ava.GetJsonAsync("/api/suggestions?top=50")).GetProperty("suggestions").EnumerateArray().Select(s => s.Text("kind")!).ToList();
}

public sealed class SqliteContosoPipelineApiTests() : ContosoPipelineApiTests(StorageProvider.Sqlite);

public sealed class PostgresContosoPipelineApiTests() : ContosoPipelineApiTests(StorageProvider.PostgreSql);
