using OutlookNetworking.Core.Interactions;

namespace OutlookNetworking.Core.State;

/// <summary>
/// What the engine keeps about one mailbox between nights, exactly (no sketches): every address seen with what it is
/// and, for contacts, every interaction (<see cref="AddressEntry"/>); the footprint of every message and meeting, so
/// a changed or removed one can be taken away; the record of every message in its conversation; and, read every night,
/// the open conversations, the recent small meetings, the noise counted so far and the items still ahead of the
/// state's instant. A night folds the changed items in (<see cref="Engine.RelationshipEngine.Night"/>) and evaluates
/// the time-dependent parts for every contact from the kept touches, never from the messages.
/// <para>Kept in parts (<see cref="StateCodec"/>): a header and the address entries are read every night; items and
/// conversations are kept in buckets (by a <see cref="StableHash"/> of the id) and read only for the buckets a night
/// changes. Changed parts are tracked (<see cref="DirtyEntryBuckets"/> and the like) so a night writes only them.</para>
/// </summary>
public sealed class MailboxState
{
    private readonly Dictionary<string, int> _byAddress = new(StringComparer.Ordinal);
    private readonly Dictionary<ItemKey, byte[]> _items = [];
    private readonly Dictionary<string, List<ConversationRecord>> _conversations = new(StringComparer.Ordinal);
    private readonly HashSet<int> _itemBucketsRead = [];
    private readonly HashSet<int> _conversationBucketsRead = [];

    internal MailboxState(StateBasis basis, long asOfTicks, int entryBuckets, int itemBuckets, int conversationBuckets, bool complete)
    {
        Basis = basis;
        AsOfTicks = asOfTicks;
        EntryBuckets = entryBuckets;
        ItemBuckets = itemBuckets;
        ConversationBuckets = conversationBuckets;
        Complete = complete;
    }

    /// <summary>What the state was built under.</summary>
    public StateBasis Basis { get; internal set; }

    /// <summary>The instant the state stands at: items after it are pending, noise up to it is counted.</summary>
    public DateTimeOffset AsOf => new(AsOfTicks, TimeSpan.Zero);

    /// <summary>Messages and meetings the state holds.</summary>
    public int MessageCount { get; internal set; }

    public int MeetingCount { get; internal set; }

    /// <summary>How many buckets the address entries, the item footprints and the conversations are kept in.</summary>
    public int EntryBuckets { get; internal set; }

    public int ItemBuckets { get; }

    public int ConversationBuckets { get; }

    /// <summary>The header changed (instant, counts, noise, pending items, open conversations, small meetings).</summary>
    public bool HeaderDirty { get; internal set; }

    /// <summary>Buckets of each part changed since the state was read or last marked clean.</summary>
    public ISet<int> DirtyEntryBuckets { get; } = new HashSet<int>();

    public ISet<int> DirtyItemBuckets { get; } = new HashSet<int>();

    public ISet<int> DirtyConversationBuckets { get; } = new HashSet<int>();

    /// <summary>Conversation buckets whose open conversations changed (a conversation's records changed, or it closed).</summary>
    public ISet<int> DirtyOpenBuckets { get; } = new HashSet<int>();

    /// <summary>While false (a from-scratch build, which marks everything at its end) nothing is marked.</summary>
    internal bool Tracking { get; set; } = true;

    /// <summary>True when anything is to be written.</summary>
    public bool IsDirty => HeaderDirty || DirtyEntryBuckets.Count > 0 || DirtyItemBuckets.Count > 0 || DirtyConversationBuckets.Count > 0
                           || DirtyOpenBuckets.Count > 0;

    internal long AsOfTicks { get; set; }

    /// <summary>Every item and conversation is in memory (built from scratch), so nothing needs loading.</summary>
    internal bool Complete { get; }

    internal List<AddressEntry> Entries { get; } = [];

    internal NoiseCounter SettledNoise { get; } = new();

    internal List<PendingItem> Pending { get; } = [];

    /// <summary>Conversations a reply detector may read at a later instant: a reply owed or awaited within the reply
    /// horizon at <see cref="AsOf"/>, or a message after it. Every record of each.</summary>
    internal Dictionary<string, List<ConversationRecord>> OpenConversations { get; } = new(StringComparer.Ordinal);

    /// <summary>For a state that serves one evaluation only (a from-scratch analysis, nothing kept): each conversation's
    /// state as of <see cref="AsOf"/>, folded message by message, instead of its records.</summary>
    internal ConversationSummaries? Summaries { get; init; }

    /// <summary>During a from-scratch build: every touch, grouped into the entries at its end.</summary>
    internal TouchCollector? Collected { get; set; }

    /// <summary>Small meetings that ended within the first-meeting window of <see cref="AsOf"/> or end after it.</summary>
    internal List<SmallMeeting> SmallMeetings { get; } = [];

    /// <summary>Marks every part to be written (a state built from scratch).</summary>
    internal void MarkAllDirty()
    {
        HeaderDirty = true;
        for (var bucket = 0; bucket < EntryBuckets; bucket++)
        {
            DirtyEntryBuckets.Add(bucket);
        }

        for (var bucket = 0; bucket < ItemBuckets; bucket++)
        {
            DirtyItemBuckets.Add(bucket);
        }

        for (var bucket = 0; bucket < ConversationBuckets; bucket++)
        {
            DirtyConversationBuckets.Add(bucket);
            DirtyOpenBuckets.Add(bucket);
        }
    }

    /// <summary>Marks everything written.</summary>
    public void MarkClean()
    {
        HeaderDirty = false;
        DirtyEntryBuckets.Clear();
        DirtyItemBuckets.Clear();
        DirtyConversationBuckets.Clear();
        DirtyOpenBuckets.Clear();
    }

    // ---- Buckets ---------------------------------------------------------------------------------

    public int EntryBucketOf(int number) => number % EntryBuckets;

    public int ItemBucketOf(ItemKey key) => (int)(StableHash.Of(key.Id) % (uint)ItemBuckets);

    public int ConversationBucketOf(string conversationId) => (int)(StableHash.Of(conversationId) % (uint)ConversationBuckets);

    /// <summary>True when the item bucket is in memory (read, or the state is complete).</summary>
    public bool HasItemBucket(int bucket) => Complete || _itemBucketsRead.Contains(bucket);

    public bool HasConversationBucket(int bucket) => Complete || _conversationBucketsRead.Contains(bucket);

    /// <summary>The conversations of the footprints in the loaded item buckets that hold <paramref name="keys"/>: what
    /// a night that takes those items away must read besides them.</summary>
    public IReadOnlyCollection<string> ConversationsOf(IEnumerable<ItemKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var footprint = new Footprint();
        foreach (var key in keys)
        {
            if (FindItem(key) is { } bytes)
            {
                StateCodec.ReadFootprint(bytes, key, footprint);
                if (footprint.HasConversation)
                {
                    ids.Add(footprint.ConversationId!);
                }
            }
        }

        return ids;
    }

    // ---- Address table ---------------------------------------------------------------------------

    internal AddressEntry? FindEntry(string normal) => _byAddress.TryGetValue(normal, out var number) ? Entries[number] : null;

    internal AddressEntry AddEntry(string normal, AddressKind kind)
    {
        var entry = new AddressEntry(Entries.Count, normal) { Kind = kind };
        Entries.Add(entry);
        _byAddress[normal] = entry.Number;
        MarkEntry(entry);
        return entry;
    }

    /// <summary>Puts a read entry back (numbers must come in order).</summary>
    internal void RestoreEntry(AddressEntry entry)
    {
        while (Entries.Count <= entry.Number)
        {
            Entries.Add(null!);
        }

        Entries[entry.Number] = entry;
        _byAddress[entry.Address] = entry.Number;
    }

    internal void MarkEntry(AddressEntry entry)
    {
        if (Tracking)
        {
            DirtyEntryBuckets.Add(EntryBucketOf(entry.Number));
        }
    }

    // ---- Items and conversations -----------------------------------------------------------------

    /// <summary>The items in memory, grouped by bucket (the buckets of <paramref name="buckets"/> only).</summary>
    internal Dictionary<int, List<KeyValuePair<ItemKey, byte[]>>> ItemsByBucket(IEnumerable<int> buckets)
    {
        var wanted = buckets.ToDictionary(b => b, _ => new List<KeyValuePair<ItemKey, byte[]>>());
        foreach (var item in _items)
        {
            if (wanted.TryGetValue(ItemBucketOf(item.Key), out var list))
            {
                list.Add(item);
            }
        }

        return wanted;
    }

    /// <summary>The conversations in memory, grouped by bucket (the buckets of <paramref name="buckets"/> only).</summary>
    internal Dictionary<int, List<KeyValuePair<string, List<ConversationRecord>>>> ConversationsByBucket(IEnumerable<int> buckets)
    {
        var wanted = buckets.ToDictionary(b => b, _ => new List<KeyValuePair<string, List<ConversationRecord>>>());
        foreach (var conversation in _conversations)
        {
            if (wanted.TryGetValue(ConversationBucketOf(conversation.Key), out var list))
            {
                list.Add(conversation);
            }
        }

        return wanted;
    }

    /// <summary>Every conversation in memory.</summary>
    internal IReadOnlyDictionary<string, List<ConversationRecord>> AllConversations => _conversations;

    /// <summary>Records that an item bucket was read (its items are put in with <see cref="PutItem"/>).</summary>
    internal void ReadItemBucket(int bucket) => _itemBucketsRead.Add(bucket);

    internal void PutItem(ItemKey key, byte[] footprint) => _items[key] = footprint;

    internal void ReadConversationBucket(int bucket) => _conversationBucketsRead.Add(bucket);

    internal void PutConversation(string id, List<ConversationRecord> records) => _conversations[id] = records;

    internal byte[]? FindItem(ItemKey key)
    {
        var bucket = ItemBucketOf(key);
        if (!HasItemBucket(bucket))
        {
            throw new InvalidOperationException($"Item bucket {bucket} was not read before the night.");
        }

        return _items.GetValueOrDefault(key);
    }

    internal void SetItem(ItemKey key, byte[]? footprint)
    {
        if (footprint is null)
        {
            _items.Remove(key);
        }
        else
        {
            _items[key] = footprint;
        }

        if (Tracking)
        {
            DirtyItemBuckets.Add(ItemBucketOf(key));
        }
    }

    /// <summary>The records of a conversation (created empty when new); its bucket must be in memory.</summary>
    internal List<ConversationRecord> Records(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var records))
        {
            var bucket = ConversationBucketOf(conversationId);
            if (!HasConversationBucket(bucket))
            {
                throw new InvalidOperationException($"Conversation bucket {bucket} was not read before the night.");
            }

            records = [];
            _conversations[conversationId] = records;
        }

        if (Tracking)
        {
            var bucket = ConversationBucketOf(conversationId);
            DirtyConversationBuckets.Add(bucket);
            DirtyOpenBuckets.Add(bucket);
        }

        return records;
    }

    /// <summary>Takes a conversation out of the open ones (its bucket of open conversations is written).</summary>
    internal void CloseConversation(string conversationId)
    {
        if (OpenConversations.Remove(conversationId) && Tracking)
        {
            DirtyOpenBuckets.Add(ConversationBucketOf(conversationId));
        }
    }

    /// <summary>The open conversations, grouped by conversation bucket (the buckets of <paramref name="buckets"/> only).</summary>
    internal Dictionary<int, List<KeyValuePair<string, List<ConversationRecord>>>> OpenByBucket(IEnumerable<int> buckets)
    {
        var wanted = buckets.ToDictionary(b => b, _ => new List<KeyValuePair<string, List<ConversationRecord>>>());
        foreach (var conversation in OpenConversations)
        {
            if (wanted.TryGetValue(ConversationBucketOf(conversation.Key), out var list))
            {
                list.Add(conversation);
            }
        }

        return wanted;
    }

    /// <summary>Drops a conversation that has no records left.</summary>
    internal void ForgetIfEmpty(string conversationId)
    {
        if (_conversations.TryGetValue(conversationId, out var records) && records.Count == 0)
        {
            _conversations.Remove(conversationId);
        }
    }
}
