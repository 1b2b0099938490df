using System.Text.Json;

namespace OutlookNetworking.EndToEnd.Tests.Infrastructure;

/// <summary>A suggestion a fixture's stories call for (expected.json): about <see cref="Contact"/>, of one of <see cref="Kinds"/>.</summary>
public sealed record StorySuggestion(string Contact, IReadOnlyList<string> Kinds);

/// <summary>
/// What a tenant snapshot's author planted (its expected.json, written by hand for contoso-stories): the truth browser
/// tests compare the pane with, never values taken from the code under test.
/// </summary>
public static class StoryTruth
{
    public static IReadOnlyList<StorySuggestion> MustSuggest(string upn, string? tenantPath = null) => Read(upn, "mustSuggest", tenantPath);

    public static IReadOnlyList<StorySuggestion> MustNotSuggest(string upn, string? tenantPath = null) => Read(upn, "mustNotSuggest", tenantPath);

    private static List<StorySuggestion> Read(string upn, string list, string? tenantPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(tenantPath ?? LiveHost.ContosoStories, "expected.json")));
        return document.RootElement.GetProperty("users").GetProperty(upn).GetProperty(list).EnumerateArray()
            .Select(s => new StorySuggestion(
                s.GetProperty("contact").GetString()!,
                s.TryGetProperty("kinds", out var kinds) ? kinds.EnumerateArray().Select(k => k.GetString()!).ToList() : []))
            .ToList();
    }
}
