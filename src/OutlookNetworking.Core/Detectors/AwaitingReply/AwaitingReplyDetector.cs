using OutlookNetworking.Core.Analysis;

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
        foreach (var state in context.Conversations)
        {
            if (state.LatestTicks >= since && state.IsAwaiting && state.LastSent is { } sent
                && context.Contacts[sent.Contact] is { } contact
                && ReplyThreads.AgeWithin(context, sent.Ticks, options.MinAge, options.MaxAge) is { } age)
            {
                output.Add(ReplyThreads.Suggest(context, Kind, contact, state, sent,
                    AwaitingReplyScore.Of(age, contact.Relationship?.Strength ?? 0, options),
                    AwaitingReplyReason.For(contact.Name, DetectionContext.WholeDays(age))));
            }
        }
    }
}
