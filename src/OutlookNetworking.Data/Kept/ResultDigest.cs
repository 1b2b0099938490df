using System.Buffers.Binary;
using System.Text;

namespace OutlookNetworking.Data.Kept;

/// <summary>
/// A 128-bit hash of every stored result row of one mailbox (relationships by contact address, suggestions by key),
/// kept with its state (<see cref="KeptPartKind.Relationships"/>, <see cref="KeptPartKind.Suggestions"/>, in buckets):
/// a night compares the hashes of its fresh rows with these and reads and writes only the rows whose hash moved, so a
/// night where nothing moved reads no result row at all. Valid only while the rows are exactly those the night that
/// wrote it wrote: only the night writes relationship and suggestion rows, and whatever deletes them (erasure,
/// offboarding) drops the mailbox's kept state with them.
/// </summary>
internal sealed class ResultDigest
{
    /// <summary>1: SHA-256 row hashes; 2: XxHash128 of the values as a BinaryWriter writes them; 3: XxHash128 of the
    /// values as <see cref="RowHasher"/> lays them out (a digest in another format is not read: every row is read and
    /// the digest written anew, once).</summary>
    private const byte Format = 3;

    public ResultDigest(int buckets) => Buckets = buckets;

    /// <summary>A power of two; every bucket is stored (an empty one too), so a missing bucket means no digest.</summary>
    public int Buckets { get; }

    public Dictionary<string, UInt128> Rows { get; } = new(StringComparer.Ordinal);

    public int BucketOf(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & (uint)(Buckets - 1));
    }

    /// <summary>As many buckets as ~256 rows each need (a power of two, 1 to 256).</summary>
    public static int BucketsFor(int rows)
    {
        var buckets = 1;
        while (buckets * 256 < rows && buckets < 256)
        {
            buckets *= 2;
        }

        return buckets;
    }

    /// <summary>The digest from its stored buckets, or null when it is missing, incomplete, malformed or in another
    /// format. Read straight from the bytes (a night reads every bucket).</summary>
    public static ResultDigest? Read(IReadOnlyDictionary<int, byte[]> parts)
    {
        if (parts.Count == 0)
        {
            return null;
        }

        ResultDigest? digest = null;
        var capacity = ClaimedRows(parts.Values);
        foreach (var (bucket, data) in parts)
        {
            var span = data.AsSpan();
            if (span.Length < 9 || span[0] != Format)
            {
                return null;
            }

            var buckets = BinaryPrimitives.ReadInt32LittleEndian(span[1..]);
            var rows = BinaryPrimitives.ReadInt32LittleEndian(span[5..]);
            if (digest is null)
            {
                // The table sized once for every bucket's rows: grown bucket by bucket, it was reallocated once per bucket.
                digest = new ResultDigest(buckets);
                digest.Rows.EnsureCapacity(capacity);
            }

            if (buckets != digest.Buckets || bucket >= buckets || rows < 0)
            {
                return null;
            }

            var at = 9;
            for (var n = 0; n < rows; n++)
            {
                if (!TryReadLength(span, ref at, out var length) || length > span.Length - at - 16)
                {
                    return null;
                }

                var key = Encoding.UTF8.GetString(span.Slice(at, length));
                at += length;
                var upper = BinaryPrimitives.ReadUInt64LittleEndian(span[at..]);
                var lower = BinaryPrimitives.ReadUInt64LittleEndian(span[(at + 8)..]);
                at += 16;
                digest.Rows[key] = new UInt128(upper, lower);
            }

            if (at != span.Length)
            {
                return null;
            }
        }

        return digest!.Buckets == parts.Count ? digest : null;
    }

    /// <summary>The rows the buckets' headers claim, each bucket's count capped at what its bytes can hold (a row takes at
    /// least a length byte and its 16-byte hash), so a damaged header cannot ask for a huge table.</summary>
    private static int ClaimedRows(IEnumerable<byte[]> parts)
    {
        var total = 0L;
        foreach (var data in parts)
        {
            if (data.Length >= 9)
            {
                var claimed = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(5));
                total += Math.Clamp(claimed, 0, (data.Length - 9) / 17);
            }
        }

        return (int)Math.Min(total, int.MaxValue);
    }

    /// <summary>A 7-bit encoded length as <see cref="BinaryWriter"/> writes a string's.</summary>
    private static bool TryReadLength(ReadOnlySpan<byte> span, ref int at, out int length)
    {
        length = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (at >= span.Length)
            {
                return false;
            }

            var b = span[at++];
            length |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return length >= 0;
            }
        }

        return false;
    }

    /// <summary>The kept hash of the summary row (its one bucket, 0), or null when missing or in another format.</summary>
    public static UInt128? ReadSummary(IReadOnlyDictionary<int, byte[]>? parts)
    {
        if (parts is null || parts.Count != 1 || !parts.TryGetValue(0, out var data) || data.Length != 17 || data[0] != Format)
        {
            return null;
        }

        return new UInt128(BinaryPrimitives.ReadUInt64LittleEndian(data.AsSpan(1)), BinaryPrimitives.ReadUInt64LittleEndian(data.AsSpan(9)));
    }

    /// <summary>The summary's hash as kept (<see cref="ReadSummary"/>).</summary>
    public static byte[] WriteSummary(UInt128 hash)
    {
        var data = new byte[17];
        data[0] = Format;
        BinaryPrimitives.WriteUInt64LittleEndian(data.AsSpan(1), (ulong)(hash >> 64));
        BinaryPrimitives.WriteUInt64LittleEndian(data.AsSpan(9), (ulong)hash);
        return data;
    }

    /// <summary>The encoded buckets named (every bucket when <paramref name="buckets"/> is null).</summary>
    public Dictionary<int, byte[]> Write(IReadOnlySet<int>? buckets)
    {
        if (buckets is { Count: 0 })
        {
            return [];
        }

        var grouped = new Dictionary<int, List<KeyValuePair<string, UInt128>>>();
        for (var bucket = 0; bucket < Buckets; bucket++)
        {
            if (buckets is null || buckets.Contains(bucket))
            {
                grouped[bucket] = [];
            }
        }

        foreach (var row in Rows)
        {
            if (grouped.TryGetValue(BucketOf(row.Key), out var list))
            {
                list.Add(row);
            }
        }

        var encoded = new Dictionary<int, byte[]>(grouped.Count);
        foreach (var (bucket, rows) in grouped)
        {
            rows.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
            using var stream = new MemoryStream();
            using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(Format);
                writer.Write(Buckets);
                writer.Write(rows.Count);
                foreach (var (key, hash) in rows)
                {
                    writer.Write(key);
                    writer.Write((ulong)(hash >> 64));
                    writer.Write((ulong)hash);
                }
            }

            encoded[bucket] = stream.ToArray();
        }

        return encoded;
    }
}
