using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Interactions;

namespace OutlookNetworking.Core.Detectors;

/// <summary>
/// Owed and awaited replies, per conversation with recent mail.
/// Owed: after the owner's last message in the thread (if any), a real contact (a two-way tie) wrote
/// to the owner directly; no reply since; older than the grace period and younger than the limit.
/// Awaiting: the owner started the thread by writing directly to someone, and nobody has written in it
/// since; at least <c>AwaitingReplyMinDays</c> and at most <c>AwaitingReplyMaxDays</c> old. Threads
/// the owner answered last are not awaiting anything: the owner had the last word.
/// </summary>
internal static class ReplyDetector
{
    public static void Detect(DetectionContext context, List<ConversationFact> facts, List<Suggestion> output)
    {
        var options = context.Options;
        var windowDays = Math.Max(options.OwedReplyMaxDays, options.AwaitingReplyMaxDays);
        var since = context.Now.AddDays(-windowDays).UtcTicks;
        var messages = context.Input.Messages;

        var recent = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            if (fact.UtcTicks >= since)
            {
                recent.Add(messages[fact.Message].ConversationId!);
            }
        }

        if (recent.Count == 0)
        {
            return;
        }

        var threads = new Dictionary<string, List<ConversationFact>>(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            var conversation = messages[fact.Message].ConversationId!;
            if (recent.Contains(conversation))
            {
                if (!threads.TryGetValue(conversation, out var list))
                {
                    threads[conversation] = list = [];
                }

                list.Add(fact);
            }
        }

        foreach (var (conversation, thread) in threads)
        {
            DetectOwed(context, conversation, thread, output);
            DetectAwaiting(context, conversation, thread, output);
        }
    }

    private static void DetectOwed(DetectionContext context, string conversation, List<ConversationFact> thread, List<Suggestion> output)
    {
        var lastSent = long.MinValue;
        foreach (var fact in thread)
        {
            if (fact.Sent)
            {
                lastSent = Math.Max(lastSent, fact.UtcTicks);
            }
        }

        ConversationFact? owed = null;
        foreach (var fact in thread)
        {
            if (!fact.Sent && fact.Direct && !fact.Deleted && fact.UtcTicks > lastSent && fact.Contact >= 0
                && context.Contacts[fact.Contact]?.Relationship is not null
                && (owed is null || fact.UtcTicks > owed.Value.UtcTicks))
            {
                owed = fact;
            }
        }

        if (owed is not { } message)
        {
            return;
        }

        var options = context.Options;
        var at = new DateTimeOffset(message.UtcTicks, TimeSpan.Zero);
        var age = context.Now - at;
        if (age < TimeSpan.FromHours(options.OwedReplyGraceHours) || age > TimeSpan.FromDays(options.OwedReplyMaxDays))
        {
            return;
        }

        var contact = context.Contacts[message.Contact]!;
        var days = context.DaysSince(at);
        output.Add(new Suggestion(
            SuggestionKeys.For(context.OwnerId, SuggestionKind.OwedReply, contact.Address, conversation),
            SuggestionKind.OwedReply,
            contact.Address,
            contact.DisplayName,
            SuggestionScores.OwedReply(age.TotalDays, contact.Stats.Strength, options),
            Reasons.OwedReply(contact.Name, days),
            Evidence.ForThread(context, contact, conversation, context.Input.Messages[message.Message].Id, at)));
    }

    private static void DetectAwaiting(DetectionContext context, string conversation, List<ConversationFact> thread, List<Suggestion> output)
    {
        ConversationFact? last = null;
        foreach (var fact in thread)
        {
            if (!fact.Sent)
            {
                return; // someone wrote in this thread: it is answered, or the owner was the one answering
            }

            if (last is null || fact.UtcTicks > last.Value.UtcTicks)
            {
                last = fact;
            }
        }

        if (last is not { Direct: true, Contact: >= 0 } message || context.Contacts[message.Contact] is not { } contact)
        {
            return;
        }

        var options = context.Options;
        var at = new DateTimeOffset(message.UtcTicks, TimeSpan.Zero);
        var age = context.Now - at;
        if (age < TimeSpan.FromDays(options.AwaitingReplyMinDays) || age > TimeSpan.FromDays(options.AwaitingReplyMaxDays))
        {
            return;
        }

        output.Add(new Suggestion(
            SuggestionKeys.For(context.OwnerId, SuggestionKind.AwaitingReply, contact.Address, conversation),
            SuggestionKind.AwaitingReply,
            contact.Address,
            contact.DisplayName,
            SuggestionScores.AwaitingReply(age.TotalDays, contact.Relationship?.Strength ?? 0, options),
            Reasons.AwaitingReply(contact.Name, context.DaysSince(at)),
            Evidence.ForThread(context, contact, conversation, context.Input.Messages[message.Message].Id, at)));
    }
}
