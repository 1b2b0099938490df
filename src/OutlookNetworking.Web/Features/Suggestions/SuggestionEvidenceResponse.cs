using OutlookNetworking.Core.Analysis;

namespace OutlookNetworking.Web.Features.Suggestions;

/// <summary>The facts a suggestion rests on (docs/api.md); fields that do not apply to its kind are null.</summary>
public sealed record SuggestionEvidenceResponse(
    string? ConversationId,
    string? MessageId,
    string? MeetingId,
    DateTime? AnchorAt,
    DateTime? LastContact,
    DateTime? FirstContact,
    double? UsualGapDays,
    int? DaysSilent,
    int? ContactDays,
    int? Exchanges,
    int? CadenceDays)
{
    internal static SuggestionEvidenceResponse From(SuggestionEvidence e) => new(
        e.ConversationId, e.MessageId, e.MeetingId, e.AnchorAt?.UtcDateTime, e.LastContact?.UtcDateTime,
        e.FirstContact?.UtcDateTime, e.UsualGapDays, e.DaysSilent, e.ContactDays, e.Exchanges, e.CadenceDays);
}
