using OutlookNetworking.Data.Kept;

namespace OutlookNetworking.Data.Tests.Kept;

/// <summary>The kept digest of a mailbox's result rows, read straight from its bytes: what was written reads back the
/// same, and anything else (a bucket missing, cut short, with bytes left over, or in another format) reads as no
/// digest, so the night reads every row and writes the digest anew rather than trusting it.</summary>
public sealed class ResultDigestTests
{
    private static ResultDigest Sample()
    {
        var digest = new ResultDigest(4);
        for (var i = 0; i < 300; i++)
        {
            // Keys of every UTF-8 length class, some long enough for a two-byte length prefix.
            var key = i % 3 == 0 ? $"ünïcødé-{i}@例え.jp" : i % 7 == 0 ? new string('k', 130 + i) : $"contact-{i}@contoso.com";
            digest.Rows[key] = new UInt128((ulong)i * 0x9E3779B97F4A7C15, ~(ulong)i);
        }

        return digest;
    }

    [Fact]
    public void Written_digest_reads_back_with_every_row_and_hash()
    {
        var digest = Sample();

        var read = ResultDigest.Read(digest.Write(null));

        Assert.NotNull(read);
        Assert.Equal(digest.Buckets, read.Buckets);
        Assert.Equal(digest.Rows.OrderBy(r => r.Key, StringComparer.Ordinal), read.Rows.OrderBy(r => r.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Reading_many_buckets_sizes_the_table_once()
    {
        // A night reads every bucket of both digests. Grown bucket by bucket, the table was reallocated as it filled:
        // reading these 5,000 rows in 32 buckets allocated 1.5 MB where the keys and one table take 0.6 MB, garbage that a
        // night under workstation GC pays for in collections.
        const int rowCount = 5_000;
        var written = new ResultDigest(ResultDigest.BucketsFor(rowCount));
        for (var i = 0; i < rowCount; i++)
        {
            written.Rows[$"contact-{i}@contoso.com"] = new UInt128((ulong)i, (ulong)i * 31);
        }

        var parts = written.Write(null);
        Assert.Equal(32, parts.Count);
        Assert.NotNull(ResultDigest.Read(parts)); // first call apart: nothing of it is measured

        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = ResultDigest.Read(parts);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.NotNull(read);
        Assert.Equal(rowCount, read.Rows.Count);
        // The keys' strings (object header, length and UTF-16 characters, rounded up) plus one table: an entry is a
        // hash code, a next index, a key reference and a 16-byte hash (32 bytes), and a bucket index (4 bytes) per slot.
        var strings = written.Rows.Keys.Sum(k => 32L + (2L * k.Length));
        var oneTable = 36L * rowCount * 11 / 10; // the next prime above the count, with room
        Assert.True(allocated < strings + (2 * oneTable),
            $"reading {rowCount} rows in {parts.Count} buckets allocated {allocated:N0} bytes; strings {strings:N0}, one table {oneTable:N0}");
    }

    [Fact]
    public void A_missing_bucket_reads_as_no_digest()
    {
        var parts = Sample().Write(null);
        parts.Remove(2);

        Assert.Null(ResultDigest.Read(parts));
    }

    [Theory]
    [InlineData("short")]
    [InlineData("longer")]
    [InlineData("format")]
    [InlineData("empty")]
    public void A_damaged_bucket_reads_as_no_digest(string damage)
    {
        var parts = Sample().Write(null);
        var data = parts[1];
        parts[1] = damage switch
        {
            "short" => data[..^3],
            "longer" => [.. data, 0],
            "format" => [2, .. data[1..]], // the previous format (hashes laid out by a BinaryWriter)
            _ => [],
        };

        Assert.Null(ResultDigest.Read(parts));
    }
}
