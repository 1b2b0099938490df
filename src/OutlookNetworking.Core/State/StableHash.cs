namespace OutlookNetworking.Core.State;

/// <summary>A hash of text that is the same in every process and version (FNV-1a over UTF-16 code units): it decides
/// which stored bucket an item or a conversation lives in, so it must never change.</summary>
internal static class StableHash
{
    public static uint Of(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    /// <summary>A power of two at least <paramref name="count"/>/<paramref name="perBucket"/>, between 1 and 4,096.</summary>
    public static int BucketsFor(int count, int perBucket)
    {
        var wanted = Math.Max(1, count / perBucket);
        var buckets = 1;
        while (buckets < wanted && buckets < 4096)
        {
            buckets *= 2;
        }

        return buckets;
    }
}
