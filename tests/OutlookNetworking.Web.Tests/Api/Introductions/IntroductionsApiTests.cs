using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Data.Analysis;
using OutlookNetworking.Data.Introductions;
using OutlookNetworking.Data.Privacy;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Api.Introductions;

/// <summary>
/// GET /api/introductions and GET/PUT /api/me/introductions on the seeded tenants (reset before each test): Ava and Ben
/// of Contoso both know Lena (adatum.example), Ava also Maria there; Carol of the other tenant knows Lena too. Seeded:
/// introductions on in both tenants, Ben and Carol opted in, Ava not.
/// </summary>
public sealed class IntroductionsApiTests(SeededApiHostFixture fixture) : IClassFixture<SeededApiHostFixture>, IAsyncLifetime
{
    private readonly ProductionTestHost _host = fixture.Host;

    private IntroductionStore Store => _host.Services.GetRequiredService<IntroductionStore>();

    public async Task InitializeAsync() => await SeededData.ResetAsync(_host);

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The opt-in matrix: organisation on/off x asker (Ava) in/out x colleague (Ben) in/out, asking about Lena,
    /// whom both know (and whom Carol, opted in, knows in the other tenant).</summary>
    [Theory]
    [InlineData(false, false, false, "introductions_disabled")]
    [InlineData(false, false, true, "introductions_disabled")]
    [InlineData(false, true, false, "introductions_disabled")]
    [InlineData(false, true, true, "introductions_disabled")]
    [InlineData(true, false, false, "introductions_opt_in_required")]
    [InlineData(true, false, true, "introductions_opt_in_required")]
    [InlineData(true, true, false, null)]
    [InlineData(true, true, true, null)]
    public async Task GetIntroductions_OptInMatrix_OnlyBothSidesOptedInInAnOrganisationThatTurnedItOn(
        bool organisationOn, bool askerIn, bool colleagueIn, string? refusal)
    {
        await Store.SetEnabledAsync(TestIds.HomeTenant, organisationOn, CancellationToken.None);
        await Store.SetDiscoverableAsync(SeededData.AvaKey, askerIn, CancellationToken.None);
        await Store.SetDiscoverableAsync(SeededData.BenKey, colleagueIn, CancellationToken.None);
        using var ava = _host.AvaClient();

        using var response = await ava.GetAsync(new Uri($"/api/introductions?emails={SeededData.Lena}", UriKind.Relative));

        if (refusal is not null)
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal(refusal, (await ApiJson.ReadProblemAsync(response)).Text("code"));
            return;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(Entries(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement));
        Assert.Equal(SeededData.Lena, entry.Text("address"));
        string[] expected = colleagueIn ? [TestIds.Ben.Mail!] : [];
        Assert.Equal(expected, Mails(entry)); // never Carol (other tenant), never Ava herself
    }

    [Fact]
    public async Task GetIntroductions_ColleagueKnowsThePerson_LabelsOnly()
    {
        await OptInAvaAsync();
        using var ava = _host.AvaClient();

        var entry = Assert.Single(Entries(await ava.GetJsonAsync($"/api/introductions?emails={SeededData.Lena}")));

        var ben = Assert.Single(entry.GetProperty("colleagues").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("companyDomain").ValueKind);
        Assert.Equal("Ben Okafor", ben.Text("displayName"));
        Assert.Equal(TestIds.Ben.Mail, ben.Text("mail"));
        Assert.Equal("steady", ben.Text("strengthLabel")); // Ben's tie: strength 0.31, between 0.3 and 0.6
        Assert.Equal("in touch this month", ben.Text("lastContactLabel")); // 30 days before now
        Assert.Equal(["displayName", "lastContactLabel", "mail", "strengthLabel"],
            ben.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)); // no counts, dates, subjects
    }

    [Fact]
    public async Task PutIntroductions_ColleagueOptsOut_AbsentFromTheVeryNextAnswer()
    {
        await OptInAvaAsync();
        using var ava = _host.AvaClient();
        using var ben = _host.ClientFor(TestIds.HomeTenant, TestIds.Ben);
        var before = Assert.Single(Entries(await ava.GetJsonAsync($"/api/introductions?emails={SeededData.Lena}")));
        Assert.Equal([TestIds.Ben.Mail!], Mails(before));

        Assert.Equal(HttpStatusCode.NoContent, await ben.StatusOfAsync(HttpMethod.Put, "/api/me/introductions", """{"discoverable":false}"""));

        var after = await ava.GetJsonAsync($"/api/introductions?emails={SeededData.Lena},dana.kim@adatum.example");
        Assert.All(Entries(after), e => Assert.Empty(Mails(e))); // neither as knowing Lena nor as knowing people at adatum
        Assert.DoesNotContain(TestIds.Ben.Mail!, after.GetRawText(), StringComparison.OrdinalIgnoreCase);
        var settings = await ben.GetJsonAsync("/api/me/introductions");
        Assert.False(settings.GetProperty("discoverable").GetBoolean());
        Assert.True(settings.GetProperty("organisationEnabled").GetBoolean());
    }

    [Fact]
    public async Task GetIntroductions_OrganisationTurnsItOff_RefusedAtOnce()
    {
        await OptInAvaAsync();
        using var ava = _host.AvaClient();
        await ava.GetJsonAsync($"/api/introductions?emails={SeededData.Lena}");

        await Store.SetEnabledAsync(TestIds.HomeTenant, false, CancellationToken.None);

        using var response = await ava.GetAsync(new Uri($"/api/introductions?emails={SeededData.Lena}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("introductions_disabled", (await ApiJson.ReadProblemAsync(response)).Text("code"));
    }

    [Fact]
    public async Task GetIntroductions_UnknownPersonAtACompanyOfTwoKnownPeople_CompanyEntry()
    {
        await OptInAvaAsync();
        using var ben = _host.ClientFor(TestIds.HomeTenant, TestIds.Ben);

        // Ben asks: Ava (now opted in) knows Lena and Maria at adatum.example, two different people.
        var entry = Assert.Single(Entries(await ben.GetJsonAsync("/api/introductions?emails=dana.kim@adatum.example")));

        Assert.Equal("adatum.example", entry.Text("companyDomain"));
        var colleague = Assert.Single(entry.GetProperty("colleagues").EnumerateArray());
        Assert.Equal(TestIds.Ava.Mail, colleague.Text("mail")); // Ben knows Lena too, but is the asker
        Assert.Equal("steady", colleague.Text("strengthLabel")); // her strongest tie there: Lena, 0.41
    }

    [Fact]
    public async Task GetIntroductions_Thresholds_ConsumerDomainOnePersonDomainAndInternalAddressesAreNeverLookedUp()
    {
        await OptInAvaAsync();
        await GiveNiaTiesAsync(
            ("sam.rivera@gmail.com", 0.7), ("kim.lee@gmail.com", 0.5), ("pat@solo.example", 0.2));
        using var ava = _host.AvaClient();

        var answer = await ava.GetJsonAsync("/api/introductions?emails=other.person@gmail.com,sam.rivera@gmail.com,"
                                            + "someone@solo.example,pat@solo.example,ben.okafor@contoso.example");

        var byAddress = Entries(answer).ToDictionary(e => e.Text("address")!, StringComparer.Ordinal);
        Assert.Empty(Mails(byAddress["other.person@gmail.com"])); // two people known at gmail.com: still not a company
        Assert.Equal([TestIds.Nia.Mail!], Mails(byAddress["sam.rivera@gmail.com"])); // the person herself: yes
        Assert.Equal("strong", byAddress["sam.rivera@gmail.com"].GetProperty("colleagues")[0].Text("strengthLabel"));
        Assert.Empty(Mails(byAddress["someone@solo.example"])); // one person known at solo.example: not a company
        Assert.Equal([TestIds.Nia.Mail!], Mails(byAddress["pat@solo.example"]));
        Assert.Empty(Mails(byAddress["ben.okafor@contoso.example"])); // internal: Ava holds a strong tie, never shown
        Assert.All(byAddress.Values, e => Assert.Equal(JsonValueKind.Null, e.GetProperty("companyDomain").ValueKind));
    }

    [Fact]
    public async Task DeleteMyData_DiscoverableColleague_IndexRowsAndOptInGone_AbsentFromAnswers()
    {
        await OptInAvaAsync();
        using var ava = _host.AvaClient();
        using var ben = _host.ClientFor(TestIds.HomeTenant, TestIds.Ben);

        Assert.Equal(HttpStatusCode.NoContent, await ben.StatusOfAsync(HttpMethod.Delete, "/api/me/data"));

        var export = await _host.Services.GetRequiredService<UserDataStore>().ExportAsync(SeededData.BenKey, CancellationToken.None);
        Assert.Empty(export.IntroductionTies);
        Assert.Empty(export.IntroductionOptIns);
        Assert.False(await Store.IsDiscoverableAsync(SeededData.BenKey, CancellationToken.None));
        var entry = Assert.Single(Entries(await ava.GetJsonAsync($"/api/introductions?emails={SeededData.Lena}")));
        Assert.Empty(Mails(entry));
    }

    [Theory]
    [InlineData("/api/introductions")]
    [InlineData("/api/introductions?emails=not-an-address")]
    public async Task GetIntroductions_InvalidInput_SameRulesAsPeople(string path)
    {
        await OptInAvaAsync();
        using var ava = _host.AvaClient();

        using var response = await ava.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request", (await ApiJson.ReadProblemAsync(response)).Text("code"));
    }

    [Fact]
    public async Task GetIntroductions_FiftyOneAddresses_BadRequest()
    {
        await OptInAvaAsync();
        using var ava = _host.AvaClient();
        var emails = string.Join(',', Enumerable.Range(0, 51).Select(i => $"p{i}@adatum.example"));

        using var response = await ava.GetAsync(new Uri($"/api/introductions?emails={emails}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"discoverable":null}""")]
    public async Task PutIntroductions_NoChoice_BadRequestAndNothingChanged(string body)
    {
        using var ben = _host.ClientFor(TestIds.HomeTenant, TestIds.Ben);

        Assert.Equal(HttpStatusCode.BadRequest, await ben.StatusOfAsync(HttpMethod.Put, "/api/me/introductions", body));

        Assert.True(await Store.IsDiscoverableAsync(SeededData.BenKey, CancellationToken.None));
    }

    [Fact]
    public async Task PutIntroductions_OptIn_ShownByGetAndDefaultIsOff()
    {
        using var ava = _host.AvaClient();
        Assert.False((await ava.GetJsonAsync("/api/me/introductions")).GetProperty("discoverable").GetBoolean());

        Assert.Equal(HttpStatusCode.NoContent, await ava.StatusOfAsync(HttpMethod.Put, "/api/me/introductions", """{"discoverable":true}"""));

        Assert.True((await ava.GetJsonAsync("/api/me/introductions")).GetProperty("discoverable").GetBoolean());
    }

    private async Task OptInAvaAsync() =>
        await Store.SetDiscoverableAsync(SeededData.AvaKey, true, CancellationToken.None);

    /// <summary>Nia (in the directory, opted in here) gets an analysis with these external ties, last in touch a week ago.</summary>
    private async Task GiveNiaTiesAsync(params (string Address, double Strength)[] ties)
    {
        var nia = new MailboxKey(TestIds.HomeTenant, TestIds.Nia.Id);
        Relationship[] relationships = ties.Select(t => new Relationship(t.Address, null, false, SeededData.Now.AddDays(-200),
            SeededData.Now.AddDays(-8), 20, 10, 10, 0, 0.9, t.Strength, 10.0, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1])).ToArray();
        var result = new AnalysisResult(SeededData.Now, relationships, [], new NoiseSummary(new Dictionary<string, int>()),
            new NetworkHealth(new HealthFigure(3, 3), new HealthFigure(0, 0), new HealthFigure(0, 0), new HealthFigure(0, 0),
                new HealthFigure(0, 0), new HealthFigure(0, 0)));
        await _host.Services.GetRequiredService<AnalysisStore>().SaveAsync(nia, result, 0, 0, CancellationToken.None);
        await Store.SetDiscoverableAsync(nia, true, CancellationToken.None);
    }

    private static IReadOnlyList<JsonElement> Entries(JsonElement answer) =>
        answer.GetProperty("introductions").EnumerateArray().ToList();

    private static string[] Mails(JsonElement entry) =>
        entry.GetProperty("colleagues").EnumerateArray().Select(c => c.Text("mail")!).ToArray();
}
