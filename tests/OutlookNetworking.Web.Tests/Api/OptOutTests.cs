using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OutlookNetworking.Data.Digest;
using OutlookNetworking.Data.Introductions;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Web.Features.Introductions;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Api;

/// <summary>
/// DELETE /api/me/data on a tenant synced and analysed by the real pipeline: afterwards no row of any table refers to
/// the user, the next night queues no job for their mailbox and records no row for them, nothing new is stored while
/// they stay opted out, and POST /api/me/optin brings the mailbox back the next night.
/// </summary>
public abstract class OptOutTests(StorageProvider provider) : IAsyncLifetime
{
    private static readonly string[] AvaAddresses = ["ava.patel@contoso.example", "ava@contoso.example"];

    private ContosoApiHost _contoso = null!;

    /// <summary>Ava's mailbox number(s): the message and meeting tables name their mailbox by number, not by user id.</summary>
    private IReadOnlySet<string> _avaNumbers = new HashSet<string>();

    public async Task InitializeAsync()
    {
        _contoso = await ContosoApiHost.StartAsync(provider);
        var avaId = ContosoApiHost.Ava.Id.ToString("D");
        _avaNumbers = (await DatabaseScan.ReadAllAsync(_contoso.Host.Services))
            .Where(r => r.MailboxNumber is not null && string.Equals(r.UserId, avaId, StringComparison.OrdinalIgnoreCase))
            .Select(r => r.MailboxNumber!).ToHashSet();
        Assert.NotEmpty(_avaNumbers);
    }

    public async Task DisposeAsync() => await _contoso.DisposeAsync();

    [Fact]
    public async Task DeleteData_UserWithDataEverywhere_NoRowAnywhereRefersToThem_AndTheNightSkipsThem()
    {
        using var ava = _contoso.AvaClient();
        await GiveAvaFeedbackAndADigestAsync(ava);
        string[] avaTables = ["contact_preferences", "digest_dispatches", "introduction_answer_counts", "introduction_opt_ins",
            "introduction_ties", "kept_state_parts", "kept_states", "mail_messages", "mailbox_analyses", "mailbox_numbers", "mailboxes",
            "meetings", "relationships", "suggestion_feedback", "suggestions", "sync_cursors"];
        Assert.Equal(avaTables, await TablesReferringToAvaAsync()); // the scan sees her everywhere first

        Assert.Equal(HttpStatusCode.NoContent, await ava.StatusOfAsync(HttpMethod.Delete, "/api/me/data"));

        Assert.Empty(await TablesReferringToAvaAsync());
        Assert.Empty(await UnownedRowsNamingAvaAsync());
        var night = new RecordingJobClient();
        await _contoso.RunNightAsync(night);
        Assert.Equal([ContosoApiHost.Ben.Id], night.MailboxJobUsers());
        Assert.Empty(await TablesReferringToAvaAsync());
    }

    [Fact]
    public async Task DeleteData_ThenUsingTheApi_OptedOutAnswersAndNothingStored()
    {
        using var ava = _contoso.AvaClient();
        Assert.Equal(HttpStatusCode.NoContent, await ava.StatusOfAsync(HttpMethod.Delete, "/api/me/data"));

        var me = await ava.GetJsonAsync("/api/me");
        Assert.True(me.GetProperty("optedOut").GetBoolean());
        Assert.Equal("ava.patel@contoso.example", me.Text("mail"));
        foreach (var (method, path, body) in new (HttpMethod, string, string?)[]
        {
            (HttpMethod.Get, "/api/suggestions", null),
            (HttpMethod.Get, "/api/people?emails=ben.okafor@contoso.example", null),
            (HttpMethod.Get, "/api/me/health", null),
            (HttpMethod.Post, "/api/contacts/ben.okafor@contoso.example/mute", null),
            (HttpMethod.Put, "/api/contacts/ben.okafor@contoso.example/goal", """{"tag":"mentor","cadenceDays":30}"""),
            (HttpMethod.Put, "/api/me/digest", """{"enabled":true,"hour":8}"""),
        })
        {
            using var response = await ava.SendJsonAsync(method, path, body);
            var problem = await ApiJson.ReadProblemAsync(response);
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Equal("opted_out", problem.Text("code"));
        }

        var export = await ava.GetJsonAsync("/api/me/export");
        Assert.True(export.GetProperty("optedOut").GetBoolean());
        Assert.Empty(export.GetProperty("data").GetProperty("relationships").EnumerateArray());
        Assert.Equal(HttpStatusCode.NoContent, await ava.StatusOfAsync(HttpMethod.Delete, "/api/me/data")); // idempotent
        Assert.Empty(await TablesReferringToAvaAsync());
    }

    [Fact]
    public async Task OptIn_AfterDeleteData_MailboxBackTheNextNight()
    {
        using var ava = _contoso.AvaClient();
        Assert.Equal(HttpStatusCode.NoContent, await ava.StatusOfAsync(HttpMethod.Delete, "/api/me/data"));

        Assert.Equal(HttpStatusCode.NoContent, await ava.StatusOfAsync(HttpMethod.Post, "/api/me/optin"));

        Assert.False((await ava.GetJsonAsync("/api/me")).GetProperty("optedOut").GetBoolean());
        var night = new RecordingJobClient();
        await _contoso.RunNightAsync(night);
        Assert.Contains(ContosoApiHost.Ava.Id, night.MailboxJobUsers());
    }

    private async Task GiveAvaFeedbackAndADigestAsync(HttpClient ava)
    {
        var first = (await ava.GetJsonAsync("/api/suggestions")).GetProperty("suggestions")[0].Text("id");
        Assert.Equal(HttpStatusCode.NoContent, await ava.StatusOfAsync(HttpMethod.Post, $"/api/suggestions/{first}/snooze", """{"until":"2025-07-03"}"""));
        Assert.Equal(HttpStatusCode.NoContent, await ava.StatusOfAsync(HttpMethod.Post, "/api/contacts/jo@recruitco.example/mute"));
        Assert.Equal(HttpStatusCode.NoContent, await ava.StatusOfAsync(HttpMethod.Put, "/api/contacts/maria.lopez@fabrikam.example/goal",
            """{"tag":"mentor","cadenceDays":30}"""));
        await _contoso.Host.Services.GetRequiredService<DigestLedger>()
            .TryReserveAsync(ContosoApiHost.AvaKey, new DateOnly(2025, 6, 30), CancellationToken.None);
        // Warm introductions: her opt-in, an answer counted for her (her external ties are in the index already).
        await _contoso.Host.Services.GetRequiredService<IntroductionStore>()
            .SetEnabledAsync(ContosoApiHost.AvaKey.TenantId, true, CancellationToken.None);
        Assert.Equal(HttpStatusCode.NoContent, await ava.StatusOfAsync(HttpMethod.Put, "/api/me/introductions", """{"discoverable":true}"""));
        await ava.GetJsonAsync("/api/introductions?emails=maria.lopez@fabrikam.example");
        // Answers are counted in memory and written every 30 s: write hers now, so her erasure has that row to remove.
        Assert.True(await _contoso.Host.Services.GetRequiredService<IntroductionAnswerFlusher>().FlushAsync(CancellationToken.None));
    }

    /// <summary>Tables with a row holding Ava's object id in any column, in any common spelling, or keyed by her mailbox
    /// number.</summary>
    private async Task<IReadOnlyList<string>> TablesReferringToAvaAsync()
    {
        var id = ContosoApiHost.Ava.Id;
        string[] spellings = [id.ToString("D"), id.ToString("N")];
        return (await DatabaseScan.ReadAllAsync(_contoso.Host.Services))
            .Where(r => r.Values.Any(v => spellings.Any(s => v.Contains(s, StringComparison.OrdinalIgnoreCase)))
                        || (r.MailboxNumber is not null && _avaNumbers.Contains(r.MailboxNumber)))
            .Select(r => r.Table.Split('.')[^1]).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Rows that belong to no mailbox (no user_id, no mailbox number) yet name one of Ava's addresses. Rows of
    /// other users' mailboxes may name her: their own mail with her is theirs.</summary>
    private async Task<IReadOnlyList<DatabaseScan.Row>> UnownedRowsNamingAvaAsync() =>
        (await DatabaseScan.ReadAllAsync(_contoso.Host.Services))
            .Where(r => r.UserId is null && r.MailboxNumber is null && r.Values.Any(v => AvaAddresses.Any(a => v.Contains(a, StringComparison.OrdinalIgnoreCase))))
            .ToList();
}

public sealed class SqliteOptOutTests() : OptOutTests(StorageProvider.Sqlite);

public sealed class PostgresOptOutTests() : OptOutTests(StorageProvider.PostgreSql);
