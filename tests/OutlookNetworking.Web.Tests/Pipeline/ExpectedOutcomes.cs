using System.Text.Json;

namespace OutlookNetworking.Web.Tests.Pipeline;

/// <summary>
/// A tenant's <c>expected.json</c> (format: tests/Fixtures/README and the generator): per user, the
/// suggestions a correct analysis must show, those it must not, the addresses that must never become
/// contacts, the malformed lines the loader must report, and the meetings contacts met only in planted recurring
/// series must count; and what a test changes between two nights (a series deleted) with what must follow.
/// </summary>
internal sealed record ExpectedOutcomes(IReadOnlyDictionary<string, ExpectedUser> Users)
{
    /// <summary>Series to delete between two nights through the simulator's control surface.</summary>
    public IReadOnlyList<ExpectedSeriesDeletion> BetweenNights { get; init; } = [];

    public static ExpectedOutcomes Load(string snapshotPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(snapshotPath, "expected.json")));
        var users = new Dictionary<string, ExpectedUser>(StringComparer.OrdinalIgnoreCase);
        foreach (var user in document.RootElement.GetProperty("users").EnumerateObject())
        {
            users[user.Name] = new ExpectedUser(
                Rules(user.Value, "mustSuggest"),
                Rules(user.Value, "mustNotSuggest"),
                user.Value.TryGetProperty("mustNotBeContacts", out var contacts)
                    ? contacts.EnumerateArray().Select(c => c.GetString()!).ToList()
                    : [],
                user.Value.TryGetProperty("skippedAtLeast", out var skipped) ? skipped.GetInt32() : 0)
            {
                MeetingCounts = user.Value.TryGetProperty("meetingCounts", out var counts)
                    ? [.. counts.EnumerateArray().Select(c => new ExpectedMeetingCount(c.GetProperty("contact").GetString()!,
                        c.GetProperty("meetings").GetInt32(), c.GetProperty("why").GetString()))]
                    : [],
            };
        }

        var root = document.RootElement;
        return new ExpectedOutcomes(users)
        {
            BetweenNights = root.TryGetProperty("betweenNights", out var nights)
                ? [.. nights.EnumerateArray().Select(n => new ExpectedSeriesDeletion(n.GetProperty("user").GetString()!,
                    n.GetProperty("deleteSeries").GetString()!, n.GetProperty("contact").GetString()!, n.GetProperty("meetingsBefore").GetInt32(),
                    n.GetProperty("meetingsAfter").GetInt32()))]
                : [],
        };
    }

    private static List<ExpectedRule> Rules(JsonElement user, string name) =>
        user.TryGetProperty(name, out var list)
            ? list.EnumerateArray().Select(r => new ExpectedRule(
                r.GetProperty("contact").GetString()!,
                r.TryGetProperty("kinds", out var kinds) ? kinds.EnumerateArray().Select(k => k.GetString()!).ToList() : null,
                r.TryGetProperty("why", out var why) ? why.GetString() : null)).ToList()
            : [];
}

internal sealed record ExpectedUser(
    IReadOnlyList<ExpectedRule> MustSuggest,
    IReadOnlyList<ExpectedRule> MustNotSuggest,
    IReadOnlyList<string> MustNotBeContacts,
    int SkippedAtLeast)
{
    /// <summary>Contacts met only in planted recurring series, and the meetings a correct analysis counts with them.</summary>
    public IReadOnlyList<ExpectedMeetingCount> MeetingCounts { get; init; } = [];
}

/// <summary>A contact and the meetings counted with them.</summary>
internal sealed record ExpectedMeetingCount(string Contact, int Meetings, string? Why);

/// <summary>A series deleted between two nights: the user's master id, its only contact, its meetings before and after.</summary>
internal sealed record ExpectedSeriesDeletion(string User, string SeriesMasterId, string Contact, int MeetingsBefore, int MeetingsAfter);

/// <summary>One rule: a contact and, optionally, the suggestion kinds (wire names) it is about.</summary>
internal sealed record ExpectedRule(string Contact, IReadOnlyList<string>? Kinds, string? Why);
