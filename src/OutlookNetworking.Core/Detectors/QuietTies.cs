using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Relationships;

namespace OutlookNetworking.Core.Detectors;

/// <summary>The relationships the tie detectors (fading, dormant) look at: those in one <see cref="TieState"/> (see
/// <see cref="TieClassifier"/>, whose thresholds are engine-wide because labels and network health read them too) with
/// at least a given number of contact days, since a rhythm read from fewer is a guess.</summary>
internal static class QuietTies
{
    public static IEnumerable<(ContactView Contact, Relationship Relationship)> In(
        DetectionContext context, TieState state, int minContactDays)
    {
        foreach (var contact in context.Contacts)
        {
            if (contact is { Relationship: { } relationship } && contact.State == state && relationship.ContactDays >= minContactDays)
            {
                yield return (contact, relationship);
            }
        }
    }

    /// <summary>The relationships of <paramref name="quiet"/> other than <paramref name="contact"/>'s.</summary>
    public static IReadOnlyList<Relationship> Others(IReadOnlyList<(ContactView Contact, Relationship Relationship)> quiet,
        ContactView contact)
        => quiet.Where(q => !ReferenceEquals(q.Contact, contact)).Select(q => q.Relationship).ToList();

    /// <summary>A suggestion about a quiet tie, anchored on its last-contact date, so new contact followed by new
    /// silence is a new suggestion.</summary>
    public static Suggestion Suggest(DetectionContext context, SuggestionKind kind, ContactView contact,
        Relationship relationship, double score, string reason)
        => context.Suggest(kind, contact.Address, contact.DisplayName,
            SuggestionKeys.DateAnchor(context.Clock.DateOf(relationship.LastContact)), score, reason,
            Evidence.ForContact(context, contact) with { AnchorAt = relationship.LastContact });
}
