namespace OutlookNetworking.Cli.Commands;

/// <summary>The JSON document <c>analyze --json</c> prints (dates ISO 8601 UTC, kinds by wire name).</summary>
internal sealed record AnalyzeReport(AnalyzeTenant Tenant, DateTimeOffset Now, IReadOnlyList<AnalyzeUser> Users);

internal sealed record AnalyzeTenant(string Id, string DisplayName, IReadOnlyList<string> Domains);

internal sealed record AnalyzeUser(
    Guid Id,
    string Mail,
    string DisplayName,
    IReadOnlyDictionary<string, int> Skipped,
    IReadOnlyList<AnalyzeContact> Contacts,
    IReadOnlyList<AnalyzeSuggestion> Suggestions);

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
