using System.Text.Json;
using OutlookNetworking.Core.Analysis;

namespace OutlookNetworking.Core.Tests.Stories;

/// <summary>
/// The stories of tests/Fixtures/contoso-stories must come out as
/// expected.json says, at the snapshot's own <c>now</c>.
/// </summary>
public sealed class ContosoStoriesTests(ContosoStoriesFixture fixture) : IClassFixture<ContosoStoriesFixture>
{
    [Fact]
    public void Analyze_ContosoStories_SuggestsEveryMustSuggest()
    {
        var failures = new List<string>();
        foreach (var user in fixture.Users)
        {
            foreach (var entry in user.Expected.GetProperty("mustSuggest").EnumerateArray())
            {
                var contact = entry.GetProperty("contact").GetString()!;
                var kinds = Kinds(entry);
                var found = user.Result.Suggestions.Any(s =>
                    s.Suggestion.ContactAddress == contact && kinds.Contains(SuggestionKindNames.ToWireName(s.Suggestion.Kind)));
                if (!found)
                {
                    failures.Add($"{user.Address}: expected {string.Join("/", kinds)} for {contact} ({entry.GetProperty("why").GetString()}); got {Describe(user.Result)}");
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void Analyze_ContosoStories_SuggestsNothingInMustNotSuggest()
    {
        var failures = new List<string>();
        foreach (var user in fixture.Users)
        {
            foreach (var entry in user.Expected.GetProperty("mustNotSuggest").EnumerateArray())
            {
                var contact = entry.GetProperty("contact").GetString()!;
                var kinds = Kinds(entry);
                var offending = user.Result.Suggestions.Where(s =>
                    string.Equals(s.Suggestion.ContactAddress, contact, StringComparison.OrdinalIgnoreCase)
                    && (kinds.Count == 0 || kinds.Contains(SuggestionKindNames.ToWireName(s.Suggestion.Kind))));
                failures.AddRange(offending.Select(s => $"{user.Address}: unexpected {s.Suggestion.Kind} for {contact}: {s.Suggestion.Reason}"));
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void Analyze_ContosoStories_NoiseIsNeverAContact()
    {
        var failures = new List<string>();
        foreach (var user in fixture.Users)
        {
            foreach (var entry in user.Expected.GetProperty("mustNotBeContacts").EnumerateArray())
            {
                var address = entry.GetString()!;
                if (user.Result.Relationships.Any(r => string.Equals(r.ContactAddress, address, StringComparison.OrdinalIgnoreCase)))
                {
                    failures.Add($"{user.Address}: {address} is a relationship");
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void Read_ContosoStories_SkipsTheMalformedLines()
    {
        foreach (var user in fixture.Users)
        {
            Assert.True(user.SkippedLines >= user.Expected.GetProperty("skippedAtLeast").GetInt32(), $"{user.Address}: skipped {user.SkippedLines}");
        }
    }

    [Fact]
    public void Analyze_ContosoStories_FindsTheRealRelationships()
    {
        var ava = fixture.Users.Single(u => u.Address == "ava.patel@contoso.example").Result;
        var contacts = ava.Relationships.Select(r => r.ContactAddress).ToHashSet();
        // The people of the stories with mail both ways or a small meeting; not the recruiter (one-way).
        Assert.Superset(new HashSet<string>
        {
            "ben.okafor@contoso.example", "maria.lopez@fabrikam.example", "chen.wei@northwind.example",
            "dana.kim@contoso.example", "eli.cohen@adatum.example", "hana.ito@contoso.example",
        }, contacts);
        Assert.DoesNotContain("jo@recruitco.example", contacts);
    }

    [Fact]
    public void Analyze_ContosoStories_CountsTheNoise()
    {
        var noise = fixture.Users.Single(u => u.Address == "ava.patel@contoso.example").Result.Noise;
        Assert.Equal(1, noise["largeMeeting"]);
        Assert.Equal(1, noise["cancelledMeeting"]);
        Assert.True(noise["declinedMeeting"] >= 1);
        Assert.True(noise["automatedSender"] > 0);
        Assert.True(noise["invalidAddress"] >= 2);
        Assert.True(noise["oneWay"] >= 1);
    }

    [Fact]
    public void Analyze_ContosoStories_ExplainsEachSuggestionInOneSentenceWithNumbers()
    {
        foreach (var suggestion in fixture.Users.SelectMany(u => u.Result.Suggestions).Select(s => s.Suggestion))
        {
            Assert.EndsWith(".", suggestion.Reason);
            Assert.DoesNotMatch(@"[.!?]\s+\S", suggestion.Reason); // one sentence
            Assert.Contains(suggestion.Reason, char.IsDigit);
        }
    }

    private static HashSet<string> Kinds(JsonElement entry)
        => entry.TryGetProperty("kinds", out var kinds)
            ? kinds.EnumerateArray().Select(k => k.GetString()!).ToHashSet()
            : [];

    private static string Describe(AnalysisResult result)
        => string.Join("; ", result.Suggestions.Select(s => $"{s.Suggestion.Kind} {s.Suggestion.ContactAddress}"));
}
