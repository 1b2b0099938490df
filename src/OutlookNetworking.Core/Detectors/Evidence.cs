using OutlookNetworking.Core.Analysis;

namespace OutlookNetworking.Core.Detectors;

/// <summary>Builds <see cref="SuggestionEvidence"/> from a contact's figures.</summary>
internal static class Evidence
{
    public static SuggestionEvidence ForThread(
        DetectionContext context, ContactView contact, string conversationId, string messageId, DateTimeOffset anchorAt)
        => ForContact(context, contact) with { ConversationId = conversationId, MessageId = messageId, AnchorAt = anchorAt };

    public static SuggestionEvidence ForContact(DetectionContext context, ContactView? contact)
    {
        if (contact is null || contact.Stats.IsEmpty)
        {
            return new SuggestionEvidence();
        }

        var stats = contact.Stats;
        return new SuggestionEvidence(
            LastContact: stats.LastContact,
            FirstContact: stats.FirstContact,
            UsualGapDays: stats.MedianGapDays,
            DaysSilent: context.DaysSince(stats.LastContact),
            ContactDays: stats.ContactDays,
            Exchanges: stats.Exchanges);
    }
}
