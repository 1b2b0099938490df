using OutlookNetworking.Core.Input;
using OutlookNetworking.Core.Interactions;
using OutlookNetworking.Core.State;
using DirectoryInfo = OutlookNetworking.Core.Input.DirectoryInfo;

namespace OutlookNetworking.Core.Engine;

/// <summary>
/// Folds one night's changed messages and meetings into a kept state: each changed or removed item's old footprint is
/// taken away and each current item's footprint added, so the state equals the one a from-scratch build over the
/// current items gives. When that cannot hold (the state was built under other options, another engine version or
/// another owner; an address already seen would now be something else) it says why, and the caller analyses the
/// mailbox from scratch.
/// </summary>
internal sealed class NightFolder(EngineOptions options, string optionsFingerprint)
{
    private readonly StateLedger _ledger = new(options);

    /// <summary>Folds <paramref name="changes"/> into <paramref name="state"/>; returns null when done, or why the
    /// mailbox must be analysed from scratch (the state must then be thrown away: it may be half folded).</summary>
    public string? Fold(MailboxState state, MailboxChanges changes, MailboxOwner owner, DirectoryInfo directory)
    {
        var basis = StateBasis.For(optionsFingerprint, owner, directory);
        if (!state.Basis.CanFoldUnder(basis))
        {
            return state.Basis.Version != basis.Version ? "the engine version changed"
                : state.Basis.Options != basis.Options ? "the engine options changed"
                : "the owner's addresses or time zone changed";
        }

        if (changes.IsEmpty && state.Basis.Directory == basis.Directory)
        {
            // Nothing to fold and nothing to classify again: the state stays as it is (no address book is made).
            return null;
        }

        var book = new AddressBook(owner, directory, state);
        if (state.Basis.Directory != basis.Directory)
        {
            if (Reclassify(state, state.Entries, book) is { } seen)
            {
                return $"the directory changed what address #{seen.Number} is";
            }

            state.Basis = state.Basis with { Directory = basis.Directory };
            state.HeaderDirty = true;
        }

        var (olds, removed) = ReadOld(state, changes);
        var clock = new OwnerClock(owner.TimeZoneId);
        var messages = new MessageScanner(book, clock, options);
        var meetings = new MeetingScanner(book, clock, options);

        // What the mailbox says about addresses (resources invited) first: it decides what they resolve to.
        var touched = new Dictionary<AddressEntry, (int Resources, int Actors)>();
        foreach (var old in olds.Values)
        {
            StateLedger.ApplyEvidence(state, old, -1, touched);
        }

        var evidence = new Footprint();
        foreach (var meeting in changes.Meetings)
        {
            evidence.Reset(ItemKind.Meeting, meeting.Id);
            meetings.CollectEvidence(meeting, evidence.Resources, evidence.Actors, withActors: true);
            StateLedger.ApplyEvidence(state, evidence, +1, touched);
        }

        foreach (var message in changes.Messages)
        {
            evidence.Reset(ItemKind.Message, message.Id);
            messages.CollectActors(message, evidence.Actors);
            StateLedger.ApplyEvidence(state, evidence, +1, touched);
        }

        var crossed = new List<AddressEntry>();
        foreach (var (entry, (resources, actors)) in touched)
        {
            if (entry.ResourceRefs != resources || entry.ActorRefs != actors)
            {
                state.MarkEntry(entry);
                if ((resources == 0) != (entry.ResourceRefs == 0) || (actors == 0) != (entry.ActorRefs == 0))
                {
                    crossed.Add(entry);
                }
            }
        }

        if (Reclassify(state, crossed, book) is { } changed)
        {
            return $"the mailbox changed what address #{changed.Number} is";
        }

        book.ForgetResolutions();
        var conversations = new HashSet<string>(StringComparer.Ordinal);
        var current = new Footprint();
        foreach (var message in changes.Messages)
        {
            messages.Scan(message, current, withActors: true);
            Replace(state, olds, current, conversations);
        }

        foreach (var meeting in changes.Meetings)
        {
            meetings.Scan(meeting, current, withActors: true);
            Replace(state, olds, current, conversations);
        }

        foreach (var key in removed)
        {
            if (olds.TryGetValue(key, out var old))
            {
                Take(state, old, conversations);
                state.SetItem(key, null);
            }
        }

        foreach (var id in conversations)
        {
            _ledger.RefreshOpen(state, id);
        }

        return null;
    }

    /// <summary>The kept footprints of the changed items that the state holds, and the keys of removed items.</summary>
    private static (Dictionary<ItemKey, Footprint> Olds, List<ItemKey> Removed) ReadOld(MailboxState state, MailboxChanges changes)
    {
        var olds = new Dictionary<ItemKey, Footprint>();
        var removed = new List<ItemKey>();
        foreach (var key in changes.Keys())
        {
            if (!olds.ContainsKey(key) && state.FindItem(key) is { } bytes)
            {
                var footprint = new Footprint();
                StateCodec.ReadFootprint(bytes, key, footprint);
                olds[key] = footprint;
            }
        }

        foreach (var id in changes.RemovedMessageIds)
        {
            removed.Add(new ItemKey(ItemKind.Message, id));
        }

        foreach (var id in changes.RemovedMeetingIds)
        {
            removed.Add(new ItemKey(ItemKind.Meeting, id));
        }

        return (olds, removed);
    }

    /// <summary>Replaces the item's old footprint (if any) by <paramref name="current"/>; nothing when they are equal
    /// (an item changed in what the engine does not read, such as read or flagged).</summary>
    private void Replace(MailboxState state, Dictionary<ItemKey, Footprint> olds, Footprint current, HashSet<string> conversations)
    {
        var bytes = StateCodec.WriteFootprint(current);
        if (olds.Remove(current.Key, out var old))
        {
            if (state.FindItem(current.Key) is { } kept && kept.AsSpan().SequenceEqual(bytes))
            {
                return;
            }

            Take(state, old, conversations);
        }

        _ledger.Apply(state, current, +1);
        if (current.HasConversation)
        {
            conversations.Add(current.ConversationId!);
        }

        state.SetItem(current.Key, bytes);
    }

    private void Take(MailboxState state, Footprint old, HashSet<string> conversations)
    {
        _ledger.Apply(state, old, -1);
        if (old.HasConversation)
        {
            conversations.Add(old.ConversationId!);
        }
    }

    /// <summary>Classifies <paramref name="entries"/> again; returns one that was seen on an item and is now something
    /// else (its items' footprints are stale), after updating the kinds of those never seen.</summary>
    private static AddressEntry? Reclassify(MailboxState state, IEnumerable<AddressEntry> entries, AddressBook book)
    {
        foreach (var entry in entries)
        {
            var kind = book.KindOf(entry);
            if (kind == entry.Kind)
            {
                continue;
            }

            if (entry.Seen)
            {
                return entry;
            }

            entry.Kind = kind;
            state.MarkEntry(entry);
        }

        return null;
    }
}
