using OutlookNetworking.Core.Addresses;
using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Feedback;

namespace OutlookNetworking.Core.Ranking;

/// <summary>
/// Orders open suggestions for today, respecting the user's feedback, so it can run at request time
/// (feedback changes the list at once, without a new analysis).
/// <list type="bullet">
/// <item>Hidden: suggestions about muted contacts (for good); suggestions marked done or dismissed,
/// unless their situation is newer than the action (<see cref="SuggestionEvidence.AnchorAt"/> after
/// it: the contact wrote again in that thread; never for a meeting to prepare for, whose anchor is its start); snoozed ones until the snooze ends (without a date,
/// <see cref="EngineOptions.DefaultSnoozeDays"/> after the action).</item>
/// <item>Order: each contact's suggestions compete once per round, so every contact appears once
/// before anyone appears twice. Within a round the next pick is the highest score, each score
/// multiplied by <see cref="EngineOptions.KindRepeatPenalty"/> for every pick of its kind already made in
/// the round, so the list mixes kinds. Equal scores break by what the situation says (<see cref="Before"/>): the one
/// waiting longest first (the earlier anchor: the older message owed a reply, the earlier meeting, the longer
/// silence), then the closer tie (more contact days); only suggestions equal in all of that fall back to their key,
/// so the order is deterministic.</item>
/// <item>Today: the first <see cref="EngineOptions.DailyListSize"/> of the first round (no contact twice).</item>
/// </list>
/// </summary>
public static class SuggestionRanker
{
    /// <summary>Every kind (by number): a suggestion's queue is its kind's position here (not its stored
    /// number, which may leave gaps when a kind is retired).</summary>
    private static readonly SuggestionKind[] Kinds = Enum.GetValues<SuggestionKind>();

    private static int KindCount => Kinds.Length;

    public static IReadOnlyList<RankedSuggestion> Rank(
        IEnumerable<Suggestion> open, UserFeedback feedback, DateTimeOffset now, EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(feedback);
        ArgumentNullException.ThrowIfNull(options);

        var muted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var address in feedback.MutedContacts)
        {
            if (EmailAddresses.Normalize(address) is { } normal)
            {
                muted.Add(normal);
            }
        }

        var byKey = new Dictionary<string, Suggestion>(StringComparer.Ordinal);
        foreach (var suggestion in open)
        {
            if (!muted.Contains(suggestion.ContactAddress) && IsVisible(suggestion, feedback, now, options)
                && (!byKey.TryGetValue(suggestion.Key, out var existing) || suggestion.Score > existing.Score))
            {
                byKey[suggestion.Key] = suggestion;
            }
        }

        var pending = byKey.Values.ToList();
        pending.Sort(ByScore);

        var ranked = new List<RankedSuggestion>(pending.Count);
        var firstRound = true;
        while (pending.Count > 0)
        {
            pending = RankRound(pending, ranked, firstRound ? options.DailyListSize : 0, options.KindRepeatPenalty);
            firstRound = false;
        }

        return ranked;
    }

    /// <summary>Ranks one round (each contact at most once) from <paramref name="pending"/>, sorted best
    /// first, and returns the suggestions left for the next round, still sorted.</summary>
    private static List<Suggestion> RankRound(List<Suggestion> pending, List<RankedSuggestion> ranked, int todaySlots, double penalty)
    {
        var queues = new Queue<Suggestion>[KindCount];
        for (var k = 0; k < KindCount; k++)
        {
            queues[k] = new Queue<Suggestion>();
        }

        foreach (var suggestion in pending)
        {
            queues[Array.IndexOf(Kinds, suggestion.Kind)].Enqueue(suggestion);
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        var deferred = new List<Suggestion>();
        var factors = new double[KindCount];
        Array.Fill(factors, 1.0);
        var inRound = 0;
        while (true)
        {
            var best = -1;
            double bestScore = -1;
            for (var k = 0; k < KindCount; k++)
            {
                var queue = queues[k];
                while (queue.Count > 0 && used.Contains(queue.Peek().ContactAddress))
                {
                    deferred.Add(queue.Dequeue());
                }

                if (queue.Count == 0)
                {
                    continue;
                }

                var score = queue.Peek().Score * factors[k];
                if (best < 0 || score > bestScore
                    || (score == bestScore && Before(queue.Peek(), queues[best].Peek()) < 0))
                {
                    best = k;
                    bestScore = score;
                }
            }

            if (best < 0)
            {
                break;
            }

            var pick = queues[best].Dequeue();
            used.Add(pick.ContactAddress);
            factors[best] *= penalty;
            ranked.Add(new RankedSuggestion(pick, ranked.Count + 1, inRound < todaySlots));
            inRound++;
        }

        deferred.Sort(ByScore);
        return deferred;
    }

    /// <summary>Best first: the higher score, then <see cref="Before"/>.</summary>
    private static int ByScore(Suggestion a, Suggestion b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : Before(a, b);

    /// <summary>
    /// Between two suggestions of equal score: negative when <paramref name="a"/> goes first. The one waiting longest
    /// (earlier <see cref="SuggestionEvidence.AnchorAt"/>; one without an anchor after one with), then the closer tie (more
    /// <see cref="SuggestionEvidence.ContactDays"/>), and only then the key, which says nothing but keeps the order stable.
    /// </summary>
    private static int Before(Suggestion a, Suggestion b)
    {
        var (anchorA, anchorB) = (a.Evidence.AnchorAt, b.Evidence.AnchorAt);
        if (anchorA != anchorB)
        {
            return anchorA is null ? 1 : anchorB is null ? -1 : anchorA.Value.CompareTo(anchorB.Value);
        }

        var days = (b.Evidence.ContactDays ?? 0).CompareTo(a.Evidence.ContactDays ?? 0);
        return days != 0 ? days : string.CompareOrdinal(a.Key, b.Key);
    }

    private static bool IsVisible(Suggestion suggestion, UserFeedback feedback, DateTimeOffset now, EngineOptions options)
    {
        if (suggestion.Kind == SuggestionKind.MeetingPrep && suggestion.Evidence.AnchorAt is { } start && start <= now)
        {
            return false; // the meeting has started: too late to prepare (the list is ranked at request time)
        }

        if (!feedback.BySuggestionKey.TryGetValue(suggestion.Key, out var action))
        {
            return true;
        }

        return action.Action switch
        {
            FeedbackAction.Snoozed => now >= (action.SnoozedUntil ?? action.At.AddDays(options.DefaultSnoozeDays)),
            // A meeting to prepare for is anchored on its start, which lies ahead: nothing newer can happen to it.
            FeedbackAction.Done or FeedbackAction.Dismissed => suggestion.Kind != SuggestionKind.MeetingPrep
                && suggestion.Evidence.AnchorAt is { } anchor && anchor > action.At,
        };
    }
}
