using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Interactions;

namespace OutlookNetworking.Core.Detectors;

/// <summary>
/// Owed and awaited replies, per conversation.
/// Owed: the latest message a contact wrote directly to the owner in the thread (owner in To with at
/// most <c>DirectMaxRecipients</c> people, not deleted) comes from a real contact (a two-way tie), has
/// no reply from the owner in the thread since, and is older than the grace period and younger than
/// the limit.
/// Awaiting: the owner started the thread by writing directly to someone (at most
/// <c>DirectMaxRecipients</c> people in To) and nobody has written in it since; the owner's latest
/// message is at least <c>AwaitingReplyMinDays</c> and at most <c>AwaitingReplyMaxDays</c> old. Threads
/// where someone else wrote are not awaiting anything: they were answered, or the owner had the last word.
/// </summary>
internal static class ReplyDetector
{
    public static void Detect(DetectionContext context, ConversationLedger conversations, List<Suggestion> output)
    {
        var options = context.Options;
        var since = context.Now.AddDays(-Math.Max(options.OwedReplyMaxDays, options.AwaitingReplyMaxDays)).UtcTicks;
        foreach (ref readonly var state in conversations.States)
        {
            if (state.LatestTicks < since)
            {
                continue;
            }

            DetectOwed(context, state, output);
            DetectAwaiting(context, state, output);
        }
    }

    private static void DetectOwed(DetectionContext context, in ConversationState state, List<Suggestion> output)
    {
        if (state.DirectReceivedMessage < 0
            || (state.LastSentMessage >= 0 && state.LastSentTicks > state.DirectReceivedTicks)
            || context.Contacts[state.DirectReceivedContact] is not { Relationship: not null } contact)
        {
            return;
        }

        var options = context.Options;
        var at = new DateTimeOffset(state.DirectReceivedTicks, TimeSpan.Zero);
        var age = context.Now - at;
        if (age < TimeSpan.FromHours(options.OwedReplyGraceHours) || age > TimeSpan.FromDays(options.OwedReplyMaxDays))
        {
            return;
        }

        output.Add(new Suggestion(
            SuggestionKeys.For(context.OwnerId, SuggestionKind.OwedReply, contact.Address, state.ConversationId),
            SuggestionKind.OwedReply,
            contact.Address,
            contact.DisplayName,
            SuggestionScores.OwedReply(age.TotalDays, contact.Stats.Strength, options),
            Reasons.OwedReply(contact.Name, context.DaysSince(at)),
            Evidence.ForThread(context, contact, state.ConversationId, context.Input.Messages[state.DirectReceivedMessage].Id, at)));
    }

    private static void DetectAwaiting(DetectionContext context, in ConversationState state, List<Suggestion> output)
    {
        if (state.HasReceived || state.LastSentMessage < 0 || !state.LastSentDirect || state.LastSentContact < 0
            || context.Contacts[state.LastSentContact] is not { } contact)
        {
            return;
        }

        var options = context.Options;
        var at = new DateTimeOffset(state.LastSentTicks, TimeSpan.Zero);
        var age = context.Now - at;
        if (age < TimeSpan.FromDays(options.AwaitingReplyMinDays) || age > TimeSpan.FromDays(options.AwaitingReplyMaxDays))
        {
            return;
        }

        output.Add(new Suggestion(
            SuggestionKeys.For(context.OwnerId, SuggestionKind.AwaitingReply, contact.Address, state.ConversationId),
            SuggestionKind.AwaitingReply,
            contact.Address,
            contact.DisplayName,
            SuggestionScores.AwaitingReply(age.TotalDays, contact.Relationship?.Strength ?? 0, options),
            Reasons.AwaitingReply(contact.Name, context.DaysSince(at)),
            Evidence.ForThread(context, contact, state.ConversationId, context.Input.Messages[state.LastSentMessage].Id, at)));
    }
}
