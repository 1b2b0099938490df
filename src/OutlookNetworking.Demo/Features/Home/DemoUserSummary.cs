using OutlookNetworking.Core.Analysis;

namespace OutlookNetworking.Demo.Features.Home;

/// <summary>What the demo start page shows for one user.</summary>
public sealed record DemoUserSummary(
    Guid UserId,
    string DisplayName,
    string Mail,
    DateTimeOffset? AnalysedAt,
    IReadOnlyList<RankedSuggestion> Today,
    IReadOnlyList<Relationship> TopContacts);
