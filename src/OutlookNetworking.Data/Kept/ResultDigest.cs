using System.IO.Hashing;
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
    /// <summary>1: SHA-256 row hashes; 2: XxHash128 (a digest in another format is not read: every row is read and the
    /// digest written anew, once).</summary>
    private const byte Format = 2;

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

    /// <summary>The digest from its stored buckets, or null when it is missing, incomplete or in another format.</summary>
    public static ResultDigest? Read(IReadOnlyDictionary<int, byte[]> parts)
    {
        if (parts.Count == 0)
        {
            return null;
        }

        ResultDigest? digest = null;
        foreach (var (bucket, data) in parts)
        {
            using var reader = new BinaryReader(new MemoryStream(data), Encoding.UTF8);
            if (data.Length < 5 || reader.ReadByte() != Format)
            {
                return null;
            }

            var buckets = reader.ReadInt32();
            digest ??= new ResultDigest(buckets);
            if (buckets != digest.Buckets || bucket >= buckets)
            {
                return null;
            }

            for (var n = reader.ReadInt32(); n > 0; n--)
            {
                var key = reader.ReadString();
                var hash = new UInt128(reader.ReadUInt64(), reader.ReadUInt64());
                digest.Rows[key] = hash;
            }
        }

        return digest!.Buckets == parts.Count ? digest : null;
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

    /// <summary>The hash of a row's values, written by <paramref name="write"/> (XxHash128: the digest only tells rows
    /// that moved from rows that did not, nobody chooses the values to collide).</summary>
    public static UInt128 Hash(Action<BinaryWriter> write)
    {
        _writer ??= new BinaryWriter(new MemoryStream(), Encoding.UTF8);
        var stream = (MemoryStream)_writer.BaseStream;
        stream.SetLength(0);
        write(_writer);
        _writer.Flush();
        return XxHash128.HashToUInt128(stream.GetBuffer().AsSpan(0, (int)stream.Length));
    }

    /// <summary>One reusable buffer per thread for <see cref="Hash"/>.</summary>
    [ThreadStatic]
    private static BinaryWriter? _writer;
}
