using OutlookNetworking.Core.Interactions;

namespace OutlookNetworking.Core.State;

/// <summary>
/// The stored form of a <see cref="MailboxState"/>, in parts: a header (read every night), the address entries in
/// <see cref="MailboxState.EntryBuckets"/> buckets and the open conversations by conversation bucket (both read every
/// night, written only where they changed), the item footprints and the conversations in
/// buckets read only when a night changes them. Each part starts with <see cref="Format"/>; a part in another format is
/// refused (<see cref="KeptStateMismatchException"/>) and the mailbox is analysed from scratch. Equal states encode to
/// equal bytes (everything is written in a canonical order).
/// </summary>
public static partial class StateCodec
{
    /// <summary>The format of every part; a new format needs a new <see cref="EngineVersion"/> too. 3: entries and
    /// footprints carry list mail (<see cref="ListTouch"/>).</summary>
    public const byte Format = 3;

    private const byte NoConstant = byte.MaxValue;

    public static byte[] WriteHeader(MailboxState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var w = Start();
        w.UInt((ulong)state.Basis.Version);
        w.String(state.Basis.Options);
        w.String(state.Basis.Owner);
        w.String(state.Basis.Directory);
        w.Int(state.AsOfTicks);
        w.UInt((ulong)state.EntryBuckets);
        w.UInt((ulong)state.ItemBuckets);
        w.UInt((ulong)state.ConversationBuckets);
        w.UInt((ulong)state.MessageCount);
        w.UInt((ulong)state.MeetingCount);
        WriteNoise(w, [.. state.SettledNoise.NonZero()]);
        var pending = state.Pending.OrderBy(p => p.Key.Kind).ThenBy(p => p.Key.Id, StringComparer.Ordinal).ToList();
        w.UInt((ulong)pending.Count);
        foreach (var item in pending)
        {
            w.Byte((byte)item.Key.Kind);
            w.String(item.Key.Id);
            w.Int(item.Ticks);
            WriteNoise(w, item.PastNoise);
        }

        var meetings = state.SmallMeetings.OrderBy(m => m.MeetingId, StringComparer.Ordinal).ThenBy(m => m.Contact).ToList();
        w.UInt((ulong)meetings.Count);
        foreach (var meeting in meetings)
        {
            w.String(meeting.MeetingId);
            w.Int(meeting.StartTicks);
            w.Int(meeting.EndTicks);
            w.UInt((ulong)meeting.Contact);
        }

        return w.ToArray();
    }

    /// <summary>The open conversations of the conversation buckets named, each bucket encoded, or null for a bucket
    /// with none open (its part is deleted).</summary>
    public static IReadOnlyDictionary<int, byte[]?> WriteOpenBuckets(MailboxState state, IEnumerable<int> buckets)
    {
        ArgumentNullException.ThrowIfNull(state);
        var encoded = new Dictionary<int, byte[]?>();
        foreach (var (bucket, conversations) in state.OpenByBucket(buckets))
        {
            if (conversations.Count == 0)
            {
                encoded[bucket] = null;
                continue;
            }

            var w = Start();
            WriteConversations(w, conversations);
            encoded[bucket] = w.ToArray();
        }

        return encoded;
    }

    /// <summary>Puts the buckets of open conversations in memory (every night reads them all), into a table sized once for
    /// all of them: grown bucket by bucket it is reallocated as it fills, garbage a night pays for in collections.</summary>
    public static void ReadOpenBuckets(MailboxState state, IReadOnlyCollection<byte[]> buckets)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(buckets);
        var claimed = 0L;
        foreach (var data in buckets)
        {
            var r = Open(data);
            // Each conversation takes at least two bytes (its id's length and its record count): a damaged count
            // cannot ask for more than that.
            claimed += Math.Min(r.Count(), data.Length / 2);
        }

        state.OpenConversations.EnsureCapacity(state.OpenConversations.Count + (int)Math.Min(claimed, int.MaxValue));
        foreach (var data in buckets)
        {
            var r = Open(data);
            ReadConversations(ref r, state.OpenConversations);
            End(ref r);
        }
    }

    /// <summary>A state from its header: its entries, items and conversations are read into it next.</summary>
    public static MailboxState ReadHeader(ReadOnlySpan<byte> data)
    {
        var r = Open(data);
        var basis = new StateBasis((int)r.UInt(), r.RequiredString(), r.RequiredString(), r.RequiredString());
        var state = new MailboxState(basis, r.Int(), r.Count(), r.Count(), r.Count(), complete: false)
        {
            MessageCount = r.Count(),
            MeetingCount = r.Count(),
        };
        if (state.EntryBuckets < 1 || state.ItemBuckets < 1 || state.ConversationBuckets < 1)
        {
            throw new KeptStateMismatchException("A kept state header has no buckets.");
        }

        foreach (var (reason, count) in ReadNoise(ref r))
        {
            state.SettledNoise.Add(reason, count);
        }

        for (var i = r.Count(); i > 0; i--)
        {
            var key = new ItemKey((ItemKind)r.Byte(), r.RequiredString());
            state.Pending.Add(new PendingItem(key, r.Int(), ReadNoise(ref r)));
        }

        for (var i = r.Count(); i > 0; i--)
        {
            state.SmallMeetings.Add(new SmallMeeting(r.RequiredString(), r.Int(), r.Int(), r.Count()));
        }

        End(ref r);
        return state;
    }

    /// <summary>The entries of one bucket (their touches put in canonical order first).</summary>
    public static byte[] WriteEntryBucket(MailboxState state, int bucket)
    {
        ArgumentNullException.ThrowIfNull(state);
        var w = Start();
        var entries = new List<AddressEntry>();
        for (var number = bucket; number < state.Entries.Count; number += state.EntryBuckets)
        {
            entries.Add(state.Entries[number]);
        }

        w.UInt((ulong)entries.Count);
        foreach (var entry in entries)
        {
            entry.Normalise();
            w.UInt((ulong)entry.Number);
            w.String(entry.Address);
            w.Byte((byte)entry.Kind);
            w.Bool(entry.Seen);
            w.UInt((ulong)entry.ResourceRefs);
            w.UInt((ulong)entry.ActorRefs);
            w.UInt((ulong)entry.Names.Count);
            foreach (var name in entry.Names)
            {
                w.String(name);
            }

            w.UInt((ulong)entry.Touches.Count);
            long ticks = 0;
            var day = 0;
            foreach (var touch in entry.Touches)
            {
                w.Int(touch.UtcTicks - ticks);
                w.Int(touch.Day - day);
                w.UInt(((ulong)touch.NameSlot << 8) | ((ulong)touch.Kind << 4) | (ulong)touch.Flags);
                w.UInt((ulong)Math.Round(touch.Weight * 65536.0));
                ticks = touch.UtcTicks;
                day = touch.Day;
            }

            WriteListMail(w, entry.ListMail);
        }

        return w.ToArray();
    }

    public static void ReadEntryBucket(MailboxState state, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(state);
        var r = Open(data);
        for (var i = r.Count(); i > 0; i--)
        {
            var entry = new AddressEntry(r.Count(), r.RequiredString())
            {
                Kind = (AddressKind)r.Byte(), Seen = r.Bool(), ResourceRefs = r.Count(), ActorRefs = r.Count(),
            };
            for (var n = r.Count(); n > 0; n--)
            {
                entry.Names.Add(r.RequiredString());
            }

            var touches = r.Count();
            entry.Touches.Reserve(touches);
            long ticks = 0;
            var day = 0;
            for (var t = 0; t < touches; t++)
            {
                ticks += r.Int();
                day += (int)r.Int();
                var packed = r.UInt();
                var weight = (float)(r.UInt() / 65536.0);
                entry.Touches.Add(new Touch(entry.Number, ticks, day, (TouchKind)((packed >> 4) & 0xF), weight,
                    (int)(packed >> 8), (TouchFlags)(packed & 0xF)));
            }

            ReadListMail(ref r, entry.ListMail);

            state.RestoreEntry(entry);
        }

        End(ref r);
    }

    /// <summary>True when every entry number below the highest read is there (all entry buckets were read).</summary>
    public static bool HasAllEntries(MailboxState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Entries.TrueForAll(e => e is not null);
    }

    /// <summary>The dirty item buckets, each encoded (an empty bucket encodes with no items).</summary>
    public static IReadOnlyDictionary<int, byte[]> WriteDirtyItemBuckets(MailboxState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var encoded = new Dictionary<int, byte[]>();
        foreach (var (bucket, items) in state.ItemsByBucket(state.DirtyItemBuckets))
        {
            var w = Start();
            items.Sort(static (a, b) => a.Key.Kind != b.Key.Kind ? a.Key.Kind.CompareTo(b.Key.Kind) : string.CompareOrdinal(a.Key.Id, b.Key.Id));
            w.UInt((ulong)items.Count);
            foreach (var (key, footprint) in items)
            {
                w.Byte((byte)key.Kind);
                w.String(key.Id);
                w.Bytes(footprint);
            }

            encoded[bucket] = w.ToArray();
        }

        return encoded;
    }

    /// <summary>Puts one item bucket in memory; <paramref name="data"/> empty: the store has none (no item yet).</summary>
    public static void ReadItemBucket(MailboxState state, int bucket, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(state);
        state.ReadItemBucket(bucket);
        if (data.IsEmpty)
        {
            return;
        }

        var r = Open(data);
        for (var i = r.Count(); i > 0; i--)
        {
            state.PutItem(new ItemKey((ItemKind)r.Byte(), r.RequiredString()), r.Bytes());
        }

        End(ref r);
    }

    /// <summary>The dirty conversation buckets, each encoded.</summary>
    public static IReadOnlyDictionary<int, byte[]> WriteDirtyConversationBuckets(MailboxState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var encoded = new Dictionary<int, byte[]>();
        foreach (var (bucket, conversations) in state.ConversationsByBucket(state.DirtyConversationBuckets))
        {
            var w = Start();
            WriteConversations(w, conversations);
            encoded[bucket] = w.ToArray();
        }

        return encoded;
    }

    /// <summary>Puts one conversation bucket in memory; <paramref name="data"/> empty: the store has none.</summary>
    public static void ReadConversationBucket(MailboxState state, int bucket, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(state);
        state.ReadConversationBucket(bucket);
        if (data.IsEmpty)
        {
            return;
        }

        var read = new Dictionary<string, List<ConversationRecord>>(StringComparer.Ordinal);
        var r = Open(data);
        ReadConversations(ref r, read);
        End(ref r);
        foreach (var (id, records) in read)
        {
            state.PutConversation(id, records);

            // The open copy read with the header is the same conversation: from now on one list serves both.
            if (state.OpenConversations.ContainsKey(id))
            {
                state.OpenConversations[id] = records;
            }
        }
    }

    private static BlobWriter Start()
    {
        var w = new BlobWriter();
        w.Byte(Format);
        return w;
    }

    private static BlobReader Open(ReadOnlySpan<byte> data)
    {
        var r = new BlobReader(data);
        if (r.Byte() != Format)
        {
            throw new KeptStateMismatchException("A kept state part is in another format.");
        }

        return r;
    }

    private static void End(ref BlobReader r)
    {
        if (!r.AtEnd)
        {
            throw new KeptStateMismatchException("A kept state part is longer than it says.");
        }
    }
}
