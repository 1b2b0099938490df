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
