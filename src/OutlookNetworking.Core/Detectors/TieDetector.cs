using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Relationships;

namespace OutlookNetworking.Core.Detectors;

/// <summary>
/// Fading and dormant ties (see <see cref="TieClassifier"/>): relationships with at least
/// <c>TieSuggestionMinContactDays</c> contact days whose silence has outgrown their own rhythm.
/// Anchored on the last-contact date, so new contact followed by new silence is a new suggestion.
/// </summary>
internal static class TieDetector
{
    public static void Detect(DetectionContext context, List<Suggestion> output)
    {
        var options = context.Options;
        foreach (var contact in context.Contacts)
        {
            if (contact?.Relationship is not { } relationship
                || contact.State is not (TieState.Fading or TieState.Dormant)
                || relationship.ContactDays < options.TieSuggestionMinContactDays)
            {
                continue;
            }

            var kind = contact.State == TieState.Fading ? SuggestionKind.FadingTie : SuggestionKind.DormantTie;
            var lastDate = context.Clock.DateOf(relationship.LastContact);
            var gap = relationship.MedianGapDays ?? options.NoRhythmGapDays;
            var silent = context.DaysSince(relationship.LastContact);
            var reason = kind == SuggestionKind.FadingTie
                ? Reasons.FadingTie(contact.Name, gap, silent, relationship.ContactDays, context.Clock.DateOf(relationship.FirstContact).Year)
                : Reasons.DormantTie(contact.Name, relationship.ContactDays, gap, lastDate, silent);
            var score = kind == SuggestionKind.FadingTie
                ? SuggestionScores.FadingTie(relationship.PeakStrength, options)
                : SuggestionScores.DormantTie(relationship.PeakStrength, options);
            output.Add(new Suggestion(
                SuggestionKeys.For(context.OwnerId, kind, contact.Address, SuggestionKeys.DateAnchor(lastDate)),
                kind,
                contact.Address,
                contact.DisplayName,
                score,
                reason,
                Evidence.ForContact(context, contact) with { AnchorAt = relationship.LastContact }));
        }
    }
}
