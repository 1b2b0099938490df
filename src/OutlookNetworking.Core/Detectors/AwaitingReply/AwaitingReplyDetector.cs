using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Interactions;

namespace OutlookNetworking.Core.Detectors.AwaitingReply;

/// <summary>
/// Awaiting reply, per conversation: the owner started the thread by writing directly to someone (at most
/// <see cref="Engine.EngineOptions.DirectMaxRecipients"/> people in To) and nobody has written in it since; the owner's
/// latest message is at least <see cref="AwaitingReplyOptions.MinAge"/> and at most
/// <see cref="AwaitingReplyOptions.MaxAge"/> old. Threads where someone else wrote are not awaiting anything: they were
/// answered, or the owner had the last word. Anchored on the conversation.
/// </summary>
internal sealed class AwaitingReplyDetector(AwaitingReplyOptions options) : ISuggestionDetector
{
    public SuggestionKind Kind => SuggestionKind.AwaitingReply;

    public void Detect(DetectionContext context, List<Suggestion> output)
    {
        var since = (context.Now - options.MaxAge).UtcTicks;
        foreach (ref readonly var state in context.Conversations.States)
        {
            if (state.LatestTicks >= since && IsAwaiting(state)
                && context.Contacts[state.LastSentContact] is { } contact
                && ReplyThreads.AgeWithin(context, state.LastSentTicks, options.MinAge, options.MaxAge) is { } age)
            {
                output.Add(ReplyThreads.Suggest(context, Kind, contact, state, state.LastSentMessage, state.LastSentTicks,
                    AwaitingReplyScore.Of(age, contact.Relationship?.Strength ?? 0, options),
                    AwaitingReplyReason.For(contact.Name, DetectionContext.WholeDays(age))));
            }
        }
    }

    /// <summary>The owner wrote directly to a contact in the thread and nobody else has written in it.</summary>
    private static bool IsAwaiting(in ConversationState state)
        => !state.HasReceived && state.LastSentMessage >= 0 && state.LastSentDirect && state.LastSentContact >= 0;
}
