using System.Text.RegularExpressions;

namespace OutlookNetworking.Web.Features.Contacts;

/// <summary>What a goal may hold (docs/api.md; the task pane checks the same rules before sending).</summary>
internal static partial class GoalRules
{
    public const int MaxTagLength = 32;

    public const int MinCadenceDays = 1;

    /// <summary>Longest cadence. Default 730: every two years still counts as keeping in touch.</summary>
    public const int MaxCadenceDays = 730;

    /// <summary>The trimmed tag when it is valid, else null.</summary>
    public static string? NormalizeTag(string? tag)
    {
        var trimmed = tag?.Trim();
        return trimmed is { Length: > 0 and <= MaxTagLength } && TagPattern().IsMatch(trimmed) ? trimmed : null;
    }

    public static bool IsValidCadence(int? days) => days is null or (>= MinCadenceDays and <= MaxCadenceDays);

    [GeneratedRegex(@"^[\p{L}\p{N} -]+$", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();
}
