using OutlookNetworking.Core.Addresses;
using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Detectors;
using OutlookNetworking.Core.Detectors.MeetingPrep;
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
/// rhythm, tie state; the owner's own addresses left out), the detectors over the contacts, open conversations and recent small meetings, ranking, network
/// health and noise. The same code runs after a from-scratch build and after a night's fold, so both give the same
/// result for the same state.
/// </summary>
internal sealed class StateEvaluator(EngineOptions options, ISuggestionDetector[] detectors)
{
    private readonly StateLedger _ledger = new(options);

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

        var own = OwnAddresses(state, nowTicks, new OwnAddressRule(owner.DisplayName, options.ConsumerMailDomains));
        var builder = new ContactViewBuilder(options, clock, directory, noise);
        var contacts = builder.Build(Ledgers(state, nowTicks, own, noise), now);

        List<ConversationState> conversations;
        if (state.Summaries is { } summaries)
        {
            conversations = _ledger.OpenSummaries(summaries);
        }
        else
        {
            conversations = new List<ConversationState>(state.OpenConversations.Count);
            foreach (var (id, records) in state.OpenConversations)
            {
                conversations.Add(ConversationState.Of(id, records, nowTicks));
            }
        }

        var smallMeetings = state.SmallMeetings.Where(m => m.StartTicks <= nowTicks && m.EndTicks <= nowTicks).ToList();
        var context = new DetectionContext(owner, directory, options, now, clock, contacts, conversations, smallMeetings, feedback,
            Upcoming(state, directory, nowTicks, own));
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
            NetworkHealthCalculator.Compute(contacts, builder.Calculator, clock, options, now))
        {
            ListOnlyContacts = ListOnlyContacts.Of(state, directory, nowTicks, own),
        };
    }

    /// <summary>Which contacts (by number) are evidently the owner's own addresses (<see cref="OwnAddressRule"/>), judged
    /// from their touches up to <paramref name="nowTicks"/> and their meetings to come, and the names the mail system
    /// gave them there. A message dated after the instant is only <see cref="NoiseReason.Future"/> (a from-scratch
    /// analysis does not even read who is on it), so the touches the kept state holds for it count for nothing here
    /// until its instant comes.</summary>
    private static bool[] OwnAddresses(MailboxState state, long nowTicks, OwnAddressRule rule)
    {
        var own = new bool[state.Entries.Count];
        foreach (var entry in state.Entries)
        {
            if (entry.Kind != AddressKind.Contact || entry.Touches.Count == 0 || !rule.IsConsumer(entry.Address))
            {
                continue;
            }

            var withOthers = false;
            var names = new HashSet<int>();
            foreach (var touch in entry.Touches)
            {
                if (touch.UtcTicks > nowTicks && touch.Kind != TouchKind.Met)
                {
                    continue;
                }

                withOthers |= (touch.Flags & TouchFlags.WithOthers) != 0;
                if (touch.NameSlot > 0)
                {
                    names.Add(touch.NameSlot);
                }
            }

            own[entry.Number] = rule.IsOwnAddress(entry.Address, withOthers, names.Select(slot => entry.Names[slot - 1]));
        }

        return own;
    }

    /// <summary>Each contact's touches up to <paramref name="nowTicks"/> (by number; null for other entries, for the
    /// owner's own addresses (counted as noise) and for contacts without any): the kept slice itself when it has nothing after now and nothing evaluation rearranges
    /// (unanswered "Other" mail is dropped in place), else a copy.</summary>
    private static ContactLedger?[] Ledgers(MailboxState state, long nowTicks, bool[] own, NoiseCounter noise)
    {
        var ledgers = new ContactLedger?[state.Entries.Count];
        foreach (var entry in state.Entries)
        {
            if (entry.Kind != AddressKind.Contact || entry.Touches.Count == 0)
            {
                continue;
            }

            var (kept, sent, other, name) = Scan(entry, nowTicks);
            if (kept == 0)
            {
                continue;
            }

            if (own[entry.Number])
            {
                noise.Add(NoiseReason.OwnAddress);
                continue;
            }

            var touches = entry.Touches.Segment;
            if (kept != touches.Count || (sent == 0 && other))
            {
                var copy = new Touch[kept];
                var used = 0;
                foreach (var touch in entry.Touches)
                {
                    if (touch.UtcTicks <= nowTicks)
                    {
                        copy[used++] = touch;
                    }
                }

                touches = copy;
            }

            ledgers[entry.Number] = new ContactLedger(entry.Address) { Touches = touches, SentCount = sent, SeenName = name };
        }

        return ledgers;
    }

    /// <summary>How many touches of the entry are up to now, how many of those the owner sent, whether one is "Other"
    /// mail, and the name on the latest named one.</summary>
    private static (int Kept, int Sent, bool Other, string? Name) Scan(AddressEntry entry, long nowTicks)
    {
        var (kept, sent, other) = (0, 0, false);
        var nameTicks = long.MinValue;
        string? name = null;
        foreach (var touch in entry.Touches)
        {
            if (touch.UtcTicks > nowTicks)
            {
                continue;
            }

            kept++;
            sent += touch.Kind == TouchKind.Sent ? 1 : 0;
            other |= (touch.Flags & TouchFlags.OtherClass) != 0;
            if (touch.NameSlot > 0 && (touch.UtcTicks > nameTicks
                    || (touch.UtcTicks == nameTicks && string.CompareOrdinal(entry.Names[touch.NameSlot - 1], name) > 0)))
            {
                nameTicks = touch.UtcTicks;
                name = entry.Names[touch.NameSlot - 1];
            }
        }

        return (kept, sent, other, name);
    }

    /// <summary>Each contact of a small meeting that starts after <paramref name="nowTicks"/>, with the name to call
    /// them by: the directory's, else the one the invitation gave (not an address or an X500 path).</summary>
    private static List<UpcomingMeeting> Upcoming(MailboxState state, DirectoryInfo directory, long nowTicks, bool[] own)
    {
        var upcoming = new List<UpcomingMeeting>();
        foreach (var meeting in state.SmallMeetings)
        {
            if (meeting.StartTicks <= nowTicks || own[meeting.Contact])
            {
                continue;
            }

            var entry = state.Entries[meeting.Contact];
            upcoming.Add(new UpcomingMeeting(meeting.MeetingId, meeting.StartTicks, meeting.Contact, entry.Address,
                directory.DisplayNames.TryGetValue(entry.Address, out var known) && !string.IsNullOrWhiteSpace(known)
                    ? known
                    : InvitedName(entry, meeting.StartTicks)));
        }

        return upcoming;
    }

    private static string? InvitedName(AddressEntry entry, long startTicks)
    {
        foreach (var touch in entry.Touches)
        {
            if (touch.Kind == TouchKind.Met && touch.UtcTicks == startTicks && touch.NameSlot > 0)
            {
                var name = entry.Names[touch.NameSlot - 1].Trim();
                return name.Length == 0 || name.StartsWith('/') || EmailAddresses.Normalize(name) is not null ? null : name;
            }
        }

        return null;
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
