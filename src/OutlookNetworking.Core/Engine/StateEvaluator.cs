using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Detectors;
using OutlookNetworking.Core.Feedback;
using OutlookNetworking.Core.Health;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Core.Interactions;
using OutlookNetworking.Core.Ranking;
using OutlookNetworking.Core.Relationships;
using OutlookNetworking.Core.State;
using DirectoryInfo = OutlookNetworking.Core.Input.DirectoryInfo;

namespace OutlookNetworking.Core.Engine;

/// <summary>
/// Evaluates a kept state at its instant: every contact's figures from its touches up to then (silences, strength,
/// rhythm, tie state), the detectors over the contacts, open conversations and recent small meetings, ranking, network
/// health and noise. The same code runs after a from-scratch build and after a night's fold, so both give the same
/// result for the same state.
/// </summary>
internal sealed class StateEvaluator(EngineOptions options, ISuggestionDetector[] detectors)
{
    public AnalysisResult Evaluate(MailboxState state, MailboxOwner owner, DirectoryInfo directory, UserFeedback feedback)
    {
        var now = state.AsOf;
        var nowTicks = state.AsOfTicks;
        var clock = new OwnerClock(owner.TimeZoneId);
        var noise = new NoiseCounter();
        noise.CopyFrom(state.SettledNoise);
        foreach (var pending in state.Pending)
        {
            if (pending.Key.Kind == ItemKind.Message)
            {
                noise.Add(NoiseReason.Future);
            }
        }

        var builder = new ContactViewBuilder(options, clock, directory, noise);
        var contacts = builder.Build(Ledgers(state, nowTicks), now);

        var conversations = new List<ConversationState>(state.OpenConversations.Count);
        foreach (var (id, records) in state.OpenConversations)
        {
            conversations.Add(ConversationState.Of(id, records, nowTicks));
        }

        var smallMeetings = state.SmallMeetings.Where(m => m.StartTicks <= nowTicks && m.EndTicks <= nowTicks).ToList();
        var context = new DetectionContext(owner, directory, options, now, clock, contacts, conversations, smallMeetings, feedback);
        var suggestions = new List<Suggestion>();
        foreach (var detector in detectors)
        {
            detector.Detect(context, suggestions);
        }

        return new AnalysisResult(
            now,
            SortedRelationships(contacts),
            SuggestionRanker.Rank(suggestions, feedback, now, options),
            noise.ToSummary(),
            NetworkHealthCalculator.Compute(contacts, builder.Calculator, clock, options, now));
    }

    /// <summary>Each contact's touches up to <paramref name="nowTicks"/> (by number; null for other entries and for
    /// contacts without any), copied into one array the evaluation may rearrange.</summary>
    private static ContactLedger?[] Ledgers(MailboxState state, long nowTicks)
    {
        var total = 0;
        foreach (var entry in state.Entries)
        {
            total += entry.Touches.Count;
        }

        var buffer = new Touch[total];
        var ledgers = new ContactLedger?[state.Entries.Count];
        var used = 0;
        foreach (var entry in state.Entries)
        {
            if (entry.Kind != AddressKind.Contact || entry.Touches.Count == 0)
            {
                continue;
            }

            var start = used;
            var sent = 0;
            var nameTicks = long.MinValue;
            string? name = null;
            foreach (var touch in entry.Touches)
            {
                if (touch.UtcTicks > nowTicks)
                {
                    continue;
                }

                buffer[used++] = touch;
                if (touch.Kind == TouchKind.Sent)
                {
                    sent++;
                }

                if (touch.NameSlot > 0 && (touch.UtcTicks > nameTicks
                        || (touch.UtcTicks == nameTicks && string.CompareOrdinal(entry.Names[touch.NameSlot - 1], name) > 0)))
                {
                    nameTicks = touch.UtcTicks;
                    name = entry.Names[touch.NameSlot - 1];
                }
            }

            if (used > start)
            {
                ledgers[entry.Number] = new ContactLedger(entry.Address)
                {
                    Touches = new ArraySegment<Touch>(buffer, start, used - start), SentCount = sent, SeenName = name,
                };
            }
        }

        return ledgers;
    }

    private static List<Relationship> SortedRelationships(ContactView?[] contacts)
    {
        var relationships = new List<Relationship>();
        foreach (var contact in contacts)
        {
            if (contact?.Relationship is { } relationship)
            {
                relationships.Add(relationship);
            }
        }

        relationships.Sort(static (a, b) => b.Strength != a.Strength
            ? b.Strength.CompareTo(a.Strength)
            : string.CompareOrdinal(a.ContactAddress, b.ContactAddress));
        return relationships;
    }
}
