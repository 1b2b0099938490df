using System.Text.Json;

namespace OutlookNetworking.Web.Tests.Pipeline;

/// <summary>
/// A tenant's <c>expected.json</c> (format: tests/Fixtures/README and the generator): per user, the
/// suggestions a correct analysis must show, those it must not, the addresses that must never become
/// contacts, and the malformed lines the loader must report.
/// </summary>
internal sealed record ExpectedOutcomes(IReadOnlyDictionary<string, ExpectedUser> Users)
{
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
                user.Value.TryGetProperty("skippedAtLeast", out var skipped) ? skipped.GetInt32() : 0);
        }

        return new ExpectedOutcomes(users);
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
    int SkippedAtLeast);

/// <summary>One rule: a contact and, optionally, the suggestion kinds (wire names) it is about.</summary>
internal sealed record ExpectedRule(string Contact, IReadOnlyList<string>? Kinds, string? Why);
