using OutlookNetworking.Core.Interactions;

namespace OutlookNetworking.Core.State;

/// <summary>The records inside the parts of <see cref="StateCodec"/>: item footprints, noise counts, list mail, numbers and
/// conversations, each written and read in the canonical order the parts rely on.</summary>
public static partial class StateCodec
{
    internal static byte[] WriteFootprint(Footprint footprint)
    {
        var w = new BlobWriter();
        WriteNumbers(w, footprint.Resources);
        WriteNumbers(w, footprint.Actors);
        if (footprint.Constant is { } constant)
        {
            w.Byte((byte)constant);
            return w.ToArray();
        }

        w.Byte(NoConstant);
        w.Int(footprint.Ticks);
        w.Int(footprint.EndTicks);
        w.Int(footprint.Day);
        WriteNoise(w, [.. footprint.PastNoise.NonZero()]);
        w.UInt((ulong)footprint.Touches.Count);
        foreach (var touch in footprint.Touches)
        {
            w.UInt((ulong)touch.Entry);
            w.Byte((byte)(((int)touch.Kind << 4) | (int)touch.Flags));
            w.UInt((ulong)Math.Round(touch.Weight * 65536.0));
            w.String(touch.Name);
        }

        w.String(footprint.ConversationId);
        if (footprint.ConversationId is not null)
        {
            var record = footprint.Record;
            w.Byte((byte)((record.Sent ? 1 : 0) | (record.Direct ? 2 : 0) | (record.Deleted ? 4 : 0)));
            w.Int(record.Contact);
        }

        w.UInt((ulong)footprint.ListTouches.Count);
        foreach (var listTouch in footprint.ListTouches)
        {
            w.UInt((ulong)listTouch.Contact);
            w.UInt((ulong)listTouch.List);
            w.String(listTouch.Name);
        }

        return w.ToArray();
    }

    internal static void ReadFootprint(ReadOnlySpan<byte> data, ItemKey key, Footprint footprint)
    {
        footprint.Reset(key.Kind, key.Id);
        var r = new BlobReader(data);
        ReadNumbers(ref r, footprint.Resources);
        ReadNumbers(ref r, footprint.Actors);
        var constant = r.Byte();
        if (constant != NoConstant)
        {
            footprint.Constant = (NoiseReason)constant;
            End(ref r);
            return;
        }

        footprint.Ticks = r.Int();
        footprint.EndTicks = r.Int();
        footprint.Day = (int)r.Int();
        foreach (var (reason, count) in ReadNoise(ref r))
        {
            footprint.PastNoise.Add(reason, count);
        }

        for (var i = r.Count(); i > 0; i--)
        {
            var entry = r.Count();
            var kindAndFlags = r.Byte();
            var weight = (float)(r.UInt() / 65536.0);
            footprint.Touches.Add(new FootprintTouch(entry, (TouchKind)(kindAndFlags >> 4), weight,
                (TouchFlags)(kindAndFlags & 0xF), r.String()));
        }

        footprint.ConversationId = r.String();
        if (footprint.ConversationId is not null)
        {
            var flags = r.Byte();
            footprint.Record = new ConversationRecord(key.Id, footprint.Ticks, (flags & 1) != 0, (int)r.Int(), (flags & 2) != 0,
                (flags & 4) != 0);
        }

        for (var i = r.Count(); i > 0; i--)
        {
            footprint.ListTouches.Add(new FootprintListTouch(r.Count(), r.Count(), r.String()));
        }

        End(ref r);
    }

    private static void WriteNoise(BlobWriter w, (NoiseReason Reason, int Count)[] noise)
    {
        w.UInt((ulong)noise.Length);
        foreach (var (reason, count) in noise)
        {
            w.Byte((byte)reason);
            w.Int(count);
        }
    }

    private static (NoiseReason Reason, int Count)[] ReadNoise(ref BlobReader r)
    {
        var noise = new (NoiseReason, int)[r.Count()];
        for (var i = 0; i < noise.Length; i++)
        {
            var reason = r.Byte();
            if (reason >= NoiseCounter.ReasonCount)
            {
                throw new KeptStateMismatchException("A kept state part names an unknown noise reason.");
            }

            noise[i] = ((NoiseReason)reason, (int)r.Int());
        }

        return noise;
    }

    /// <summary>A contact's list mail (in canonical order): its distinct list names once, then each touch as list
    /// number, ticks since the previous touch and the index of its name (0 for none).</summary>
    private static void WriteListMail(BlobWriter w, List<ListTouch> listMail)
    {
        var names = listMail.Where(t => t.Name is not null).Select(t => t.Name!).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToList();
        w.UInt((ulong)names.Count);
        foreach (var name in names)
        {
            w.String(name);
        }

        w.UInt((ulong)listMail.Count);
        long ticks = 0;
        foreach (var touch in listMail)
        {
            w.UInt((ulong)touch.List);
            w.Int(touch.UtcTicks - ticks);
            w.UInt(touch.Name is null ? 0 : (ulong)names.BinarySearch(touch.Name, StringComparer.Ordinal) + 1);
            ticks = touch.UtcTicks;
        }
    }

    private static void ReadListMail(ref BlobReader r, List<ListTouch> listMail)
    {
        var names = new string[r.Count()];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = r.RequiredString();
        }

        long ticks = 0;
        for (var i = r.Count(); i > 0; i--)
        {
            var list = r.Count();
            ticks += r.Int();
            var slot = r.Count();
            if (slot > names.Length)
            {
                throw new KeptStateMismatchException("A kept state part names an unknown list name.");
            }

            listMail.Add(new ListTouch(list, ticks, slot == 0 ? null : names[slot - 1]));
        }
    }

    private static void WriteNumbers(BlobWriter w, List<int> numbers)
    {
        w.UInt((ulong)numbers.Count);
        foreach (var number in numbers)
        {
            w.UInt((ulong)number);
        }
    }

    private static void ReadNumbers(ref BlobReader r, List<int> numbers)
    {
        for (var i = r.Count(); i > 0; i--)
        {
            numbers.Add(r.Count());
        }
    }

    private static void WriteConversations(BlobWriter w, IEnumerable<KeyValuePair<string, List<ConversationRecord>>> conversations)
    {
        var sorted = conversations.ToList();
        sorted.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        w.UInt((ulong)sorted.Count);
        foreach (var (id, records) in sorted)
        {
            w.String(id);
            w.UInt((ulong)records.Count);
            foreach (var record in records.OrderBy(x => x.Ticks).ThenBy(x => x.MessageId, StringComparer.Ordinal))
            {
                w.String(record.MessageId);
                w.Int(record.Ticks);
                w.Byte((byte)((record.Sent ? 1 : 0) | (record.Direct ? 2 : 0) | (record.Deleted ? 4 : 0)));
                w.Int(record.Contact);
            }
        }
    }

    private static void ReadConversations(ref BlobReader r, Dictionary<string, List<ConversationRecord>> into)
    {
        for (var i = r.Count(); i > 0; i--)
        {
            var id = r.RequiredString();
            var records = new List<ConversationRecord>(r.Count());
            for (var n = records.Capacity; n > 0; n--)
            {
                var messageId = r.RequiredString();
                var ticks = r.Int();
                var flags = r.Byte();
                records.Add(new ConversationRecord(messageId, ticks, (flags & 1) != 0, (int)r.Int(), (flags & 2) != 0, (flags & 4) != 0));
            }

            into[id] = records;
        }
    }
}
