namespace OutlookNetworking.Cli.Commands;

/// <summary>The JSON document <c>analyze --json</c> prints (dates ISO 8601 UTC, kinds by wire name).</summary>
internal sealed record AnalyzeReport(AnalyzeTenant Tenant, DateTimeOffset Now, IReadOnlyList<AnalyzeUser> Users,
    AnalyzeScoreSharing ScoreSharing);

/// <summary>Over every user: the suggestions, those sharing a score (3 decimals) with another of the same user, and
/// their share (<see cref="ScoreSharing"/>).</summary>
internal sealed record AnalyzeScoreSharing(int Suggestions, int SuggestionsSharingAScore, double Share);

internal sealed record AnalyzeTenant(string Id, string DisplayName, IReadOnlyList<string> Domains);

/// <param name="SuggestionsSharingAScore">Suggestions whose score (unrounded, then rounded to three decimals) equals
/// another of this user's (<see cref="ScoreSharing"/>).</param>
internal sealed record AnalyzeUser(
    Guid Id,
    string Mail,
    string DisplayName,
    IReadOnlyDictionary<string, int> Skipped,
    IReadOnlyList<AnalyzeContact> Contacts,
    IReadOnlyList<AnalyzeSuggestion> Suggestions,
    int SuggestionsSharingAScore);

internal sealed record AnalyzeContact(
    string Address,
    string? DisplayName,
    double Strength,
    string Label,
    DateTimeOffset FirstContact,
    DateTimeOffset LastContact,
    int ContactDays,
    int Sent,
    int Received,
    int Meetings,
    double? MedianGapDays);

internal sealed record AnalyzeSuggestion(
    string Kind,
    AnalyzeSuggestionContact Contact,
    double Score,
    bool Today,
    string Reason,
    OutlookNetworking.Core.Analysis.SuggestionEvidence Evidence);

internal sealed record AnalyzeSuggestionContact(string Address, string? DisplayName);
