namespace OutlookNetworking.Core.Analysis;

/// <summary>The wire names of <see cref="SuggestionKind"/> (camelCase), both ways. A wire name is part of every
/// suggestion's key (<see cref="SuggestionKeys"/>), so it never changes once a kind has shipped.</summary>
public static class SuggestionKindNames
{
    /// <summary>The kind's wire name: its name in camelCase. No catch-all arm: a new kind does not compile (CS8509)
    /// until it has its name here.</summary>
    public static string ToWireName(SuggestionKind kind) => kind switch
    {
        SuggestionKind.FirstMeetingFollowUp => "firstMeetingFollowUp",
        SuggestionKind.OwedReply => "owedReply",
        SuggestionKind.AwaitingReply => "awaitingReply",
        SuggestionKind.FadingTie => "fadingTie",
        SuggestionKind.DormantTie => "dormantTie",
        SuggestionKind.CadenceGoal => "cadenceGoal",
        SuggestionKind.MeetingPrep => "meetingPrep",
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
