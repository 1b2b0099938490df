namespace OutlookNetworking.Core.Analysis;

/// <summary>The wire names of <see cref="SuggestionKind"/> (camelCase), both ways.</summary>
public static class SuggestionKindNames
{
    /// <summary><c>firstMeetingFollowUp</c>, <c>owedReply</c>, <c>awaitingReply</c>, <c>fadingTie</c>,
    /// <c>dormantTie</c> or <c>cadenceGoal</c>.</summary>
    public static string ToWireName(SuggestionKind kind) => kind switch
    {
        SuggestionKind.FirstMeetingFollowUp => "firstMeetingFollowUp",
        SuggestionKind.OwedReply => "owedReply",
        SuggestionKind.AwaitingReply => "awaitingReply",
        SuggestionKind.FadingTie => "fadingTie",
        SuggestionKind.DormantTie => "dormantTie",
        SuggestionKind.CadenceGoal => "cadenceGoal",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Parses a wire name (exact, case-sensitive).</summary>
    public static bool TryParse(string? wireName, out SuggestionKind kind)
    {
        foreach (var candidate in Enum.GetValues<SuggestionKind>())
        {
            if (string.Equals(ToWireName(candidate), wireName, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
