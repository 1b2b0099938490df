using System.Net.Http.Json;
using System.Text.Json;

namespace OutlookNetworking.Web.Tests.Digest;

/// <summary>
/// Meeting preparation leads the digest on the day before the meeting and on the morning of it, and is gone the day
/// after (issue 16, Build 1). The contoso-stories story: Ava (Los Angeles, Monday to Friday) meets Eli Cohen, silent
/// since 2023, on Tuesday 1 July 2025 at 10:00 her time (17:00 UTC); no other meeting of hers lies ahead. Each step runs
/// the demo night at a later instant of the host's clock and reads the digest as it would be sent then.
/// </summary>
public sealed class DigestMeetingPrepDaysTests : IAsyncLifetime
{
    private const string AvaMail = "ava.patel@contoso.example";

    private readonly DigestTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Digest_DayBeforeMorningOfAndDayAfter_MeetingPrepLeadsOnlyBeforeTheMeeting()
    {
        // Monday 30 June, 11:00 in Los Angeles: the day before.
        var dayBefore = await RowsAfterTheNightAsync();
        Assert.Equal("meetingPrep", dayBefore[0].Kind);
        Assert.Contains("You meet Eli Cohen tomorrow at 10:00", dayBefore[0].Text, StringComparison.Ordinal);
        Assert.Single(dayBefore, r => r.Kind == "meetingPrep");
        Assert.Contains(dayBefore, r => r.Kind != "meetingPrep"); // it leads other suggestions, not an empty digest

        // Tuesday 1 July, 07:00 in Los Angeles: the morning of the meeting.
        _host.Clock.SetUtcNow(new DateTimeOffset(2025, 7, 1, 14, 0, 0, TimeSpan.Zero));
        var morningOf = await RowsAfterTheNightAsync();
        Assert.Equal("meetingPrep", morningOf[0].Kind);
        Assert.Contains("You meet Eli Cohen today at 10:00", morningOf[0].Text, StringComparison.Ordinal);
        Assert.Contains(morningOf, r => r.Kind != "meetingPrep");

        // Wednesday 2 July, 07:00 in Los Angeles: the meeting is over, nothing ahead to prepare for.
        _host.Clock.SetUtcNow(new DateTimeOffset(2025, 7, 2, 14, 0, 0, TimeSpan.Zero));
        var dayAfter = await RowsAfterTheNightAsync();
        Assert.NotEmpty(dayAfter);
        Assert.DoesNotContain(dayAfter, r => r.Kind == "meetingPrep");
    }

    /// <summary>Runs the night now, then reads Ava's digest preview: each suggestion row's kind and text, top to bottom.</summary>
    private async Task<List<(string Kind, string Text)>> RowsAfterTheNightAsync()
    {
        using var client = _host.CreateClient();
        using var night = await client.PostAsync(new Uri("/demo/night?timeoutSeconds=300", UriKind.Relative), null);
        night.EnsureSuccessStatusCode();
        var summary = await night.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, summary.GetProperty("analysed").GetInt32());
        var html = await client.GetStringAsync(new Uri("/digest/preview?upn=" + AvaMail, UriKind.Relative));
        return DigestPages.Parse(html).QuerySelectorAll("tr[data-testid=suggestion]")
            .Select(r => (r.GetAttribute("data-kind") ?? "", r.TextContent.Trim())).ToList();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
