using System.Security.Cryptography;
using System.Text;

namespace OutlookNetworking.GraphSimulator.Generator;

/// <summary>Hashes that never change between runs or machines (unlike string.GetHashCode).</summary>
internal static class StableHash
{
    /// <summary>A seed for <see cref="Random"/> from the tenant seed and a stream's key.</summary>
    public static int Seed(int seed, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + key));
        return BitConverter.ToInt32(hash, 0) & int.MaxValue;
    }

    public static Random Random(int seed, string key) => new(Seed(seed, key));

    /// <summary>A GUID derived from a name (for tenant and user ids).</summary>
    public static string Guid(int seed, string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("guid|" + seed.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + name));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new System.Guid(hash.AsSpan(0, 16), bigEndian: true).ToString();
    }

    public static string Hex(string text, int length)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash)[..length];
    }
}
