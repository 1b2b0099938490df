using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Interactions;

namespace OutlookNetworking.Core.Detectors;

/// <summary>What the reply detectors (owed, awaiting) share: a message's age window, and a suggestion anchored on its
/// conversation that opens the message.</summary>
internal static class ReplyThreads
{
    /// <summary>The age now of the message written at <paramref name="ticks"/> (UTC) when it is at least
    /// <paramref name="minAge"/> and at most <paramref name="maxAge"/>; otherwise null.</summary>
    public static TimeSpan? AgeWithin(DetectionContext context, long ticks, TimeSpan minAge, TimeSpan maxAge)
    {
        var age = context.Now - new DateTimeOffset(ticks, TimeSpan.Zero);
        return age >= minAge && age <= maxAge ? age : null;
    }

    /// <summary>A suggestion about <paramref name="contact"/> keyed by the conversation, with
    /// <paramref name="message"/> as its evidence.</summary>
    public static Suggestion Suggest(DetectionContext context, SuggestionKind kind, ContactView contact,
        in ConversationState state, in ConversationRecord message, double score, string reason)
        => context.Suggest(kind, contact.Address, contact.DisplayName, state.ConversationId, score, reason,
            Evidence.ForThread(context, contact, state.ConversationId, message.MessageId,
                new DateTimeOffset(message.Ticks, TimeSpan.Zero)));
}
