using OutlookNetworking.Core.Input;
using OutlookNetworking.Core.Interactions;
using OutlookNetworking.Core.State;

namespace OutlookNetworking.Core.Engine;

/// <summary>Builds a mailbox's state from every message and meeting (a from-scratch analysis).</summary>
internal sealed class StateBuilder(EngineOptions options, string optionsFingerprint)
{
    /// <summary>Entries, items and conversations per stored bucket (about a few kilobytes each).</summary>
    private const int EntriesPerBucket = 48;
    private const int ItemsPerBucket = 64;
    private const int MessagesPerConversationBucket = 96;

    private readonly StateLedger _ledger = new(options);

    /// <param name="keep">Also encode every item's footprint (a state to keep between nights); without it the state
    /// serves one evaluation.</param>
    public MailboxState Build(MailboxInput input, DateTimeOffset asOf, bool keep)
    {
        var basis = StateBasis.For(optionsFingerprint, input.Owner, input.Directory);
        var state = new MailboxState(basis, asOf.UtcTicks,
            entryBuckets: 1,
            itemBuckets: StableHash.BucketsFor(input.Messages.Count + input.Meetings.Count, ItemsPerBucket),
            conversationBuckets: StableHash.BucketsFor(input.Messages.Count, MessagesPerConversationBucket),
            complete: true) { Tracking = false, Summaries = keep ? null : new ConversationSummaries(asOf.UtcTicks),
                Collected = new TouchCollector(),
            };
        var clock = new OwnerClock(input.Owner.TimeZoneId);
        var book = new AddressBook(input.Owner, input.Directory, state);
        var messages = new MessageScanner(book, clock, options);
        var meetings = new MeetingScanner(book, clock, options);

        // What the mailbox says about addresses decides what they resolve to, so it is counted before resolving: rooms
        // and equipment invited as resources are rooms everywhere; who acted tells people from lists (GF-14).
        var withActors = keep || book.JudgesActors;
        var resources = new List<int>();
        var actors = new List<int>();
        foreach (var meeting in input.Meetings)
        {
            meetings.CollectEvidence(meeting, resources, actors, withActors);
        }

        if (withActors)
        {
            foreach (var message in input.Messages)
            {
                messages.CollectActors(message, actors);
            }
        }

        foreach (var number in resources)
        {
            state.Entries[number].ResourceRefs++;
        }

        foreach (var number in actors)
        {
            state.Entries[number].ActorRefs++;
        }

        foreach (var entry in state.Entries)
        {
            entry.Kind = book.KindOf(entry);
        }

        var footprint = new Footprint();
        var keys = keep ? new HashSet<ItemKey>() : null;
        var ignoreAfter = keep ? long.MaxValue : asOf.UtcTicks;
        foreach (var message in input.Messages)
        {
            messages.Scan(message, footprint, withActors, ignoreAfter);
            Add(state, footprint, keys);
        }

        foreach (var meeting in input.Meetings)
        {
            // Meetings to come are scanned even for one evaluation: meeting preparation reads them (as the kept state
            // does); their touches lie after the instant, so they count for nothing else.
            meetings.Scan(meeting, footprint, withActors);
            Add(state, footprint, keys);
        }

        state.Collected!.GroupInto(state.Entries);
        state.Collected = null;
        foreach (var (id, records) in state.AllConversations)
        {
            if (_ledger.IsOpen(records, state.AsOfTicks))
            {
                state.OpenConversations[id] = records;
            }
        }

        state.EntryBuckets = StableHash.BucketsFor(state.Entries.Count, EntriesPerBucket);
        state.Tracking = true;
        state.MarkAllDirty();
        return state;
    }

    private void Add(MailboxState state, Footprint footprint, HashSet<ItemKey>? keys)
    {
        if (keys is not null && !keys.Add(footprint.Key))
        {
            throw new ArgumentException($"The mailbox holds two {footprint.Kind} items with the id {footprint.Id}.", nameof(footprint));
        }

        _ledger.Apply(state, footprint, +1);
        if (keys is not null)
        {
            state.SetItem(footprint.Key, StateCodec.WriteFootprint(footprint));
        }
    }
}
