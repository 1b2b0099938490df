using OutlookNetworking.Core.Analysis;

namespace OutlookNetworking.Web.Features.Digest;

/// <summary>
/// The digest's introduction lines: under a fading or dormant tie of the user that an opted-in colleague knows well,
/// "Carla Diaz knows Maria Lopez well" (the colleague's full name: unambiguous in a large organisation). Other kinds
/// (a reply owed, a meeting to prepare) are about a live thread, not a tie to revive through someone, and get none.
/// </summary>
internal static class DigestIntroductionLines
{
    /// <summary>The kinds whose contact a colleague's introduction could help reach again.</summary>
    public static bool Wants(SuggestionKind kind) => kind is SuggestionKind.FadingTie or SuggestionKind.DormantTie;

    /// <summary>The lower-case addresses worth asking about, each once.</summary>
    public static IReadOnlyCollection<string> AddressesOf(IEnumerable<Suggestion> suggestions) =>
        suggestions.Where(s => Wants(s.Kind)).Select(s => s.ContactAddress.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The line for one suggestion, or null.</summary>
    public static string? For(Suggestion suggestion, string contactName, IReadOnlyDictionary<string, string> knownWell) =>
        Wants(suggestion.Kind) && knownWell.TryGetValue(suggestion.ContactAddress.ToLowerInvariant(), out var colleague)
            ? colleague + " knows " + contactName + " well"
            : null;
}
