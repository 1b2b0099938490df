using OutlookNetworking.Core.Analysis;

namespace OutlookNetworking.Core.Detectors.OwedReply;

/// <summary>
/// Owed reply, per conversation: the latest message a contact wrote directly to the owner in the thread (owner in To
/// with at most <see cref="Engine.EngineOptions.DirectMaxRecipients"/> people, not deleted) comes from a real contact
/// (a two-way tie), has no reply from the owner in the thread since, and is older than
/// <see cref="OwedReplyOptions.Grace"/> and at most <see cref="OwedReplyOptions.MaxAge"/> old. Anchored on the
/// conversation.
/// </summary>
internal sealed class OwedReplyDetector(OwedReplyOptions options) : ISuggestionDetector
{
    public SuggestionKind Kind => SuggestionKind.OwedReply;

    public void Detect(DetectionContext context, List<Suggestion> output)
    {
        var since = (context.Now - options.MaxAge).UtcTicks;
        foreach (var state in context.Conversations)
        {
            if (state.LatestTicks >= since && state.IsOwed && state.DirectReceived is { } received
                && context.Contacts[received.Contact] is { Relationship: not null } contact
                && ReplyThreads.AgeWithin(context, received.Ticks, options.Grace, options.MaxAge) is { } age)
            {
                output.Add(ReplyThreads.Suggest(context, Kind, contact, state, received,
                    OwedReplyScore.Of(age, contact.Stats.Strength, options),
                    OwedReplyReason.For(contact.Name, DetectionContext.WholeDays(age))));
            }
        }
    }
}
