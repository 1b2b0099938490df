using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OutlookNetworking.Core.Analysis;

/// <summary>
/// Stable, short, URL-safe suggestion keys: <c>s_</c> + the first 16 hex digits of SHA-256 over the
/// owner, the kind, the contact and the anchor. The same situation gives the same key on every run,
/// so feedback sticks to it; a new situation (another meeting, thread or last-contact date) gives a
/// new key. Anchors: the meeting id (first-meeting follow-up), the conversation id (owed and awaited
/// replies), the last-contact date (fading, dormant, cadence).
/// </summary>
public static class SuggestionKeys
{
    /// <summary>Key prefix.</summary>
    public const string Prefix = "s_";

    public static string For(string ownerId, SuggestionKind kind, string contactAddress, string anchor)
    {
        ArgumentNullException.ThrowIfNull(ownerId);
        ArgumentNullException.ThrowIfNull(contactAddress);
        ArgumentNullException.ThrowIfNull(anchor);
        // "v1\nowner\nkind\ncontact\nanchor" in UTF-8, laid out in one buffer (a night keys thousands of suggestions).
        ReadOnlySpan<string> parts = ["v1", ownerId, SuggestionKindNames.ToWireName(kind), contactAddress, anchor];
        var length = parts.Length - 1;
        foreach (var part in parts)
        {
            length += Encoding.UTF8.GetByteCount(part);
        }

        var rented = length > 512 ? ArrayPool<byte>.Shared.Rent(length) : null;
        var text = rented is null ? stackalloc byte[length] : rented.AsSpan(0, length);
        var at = 0;
        foreach (var part in parts)
        {
            if (at > 0)
            {
                text[at++] = (byte)'\n';
            }

            at += Encoding.UTF8.GetBytes(part, text[at..]);
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(text, hash);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return Prefix + Convert.ToHexStringLower(hash[..8]);
    }

    /// <summary>The anchor text for a date: <c>yyyy-MM-dd</c>.</summary>
    public static string DateAnchor(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>True when <paramref name="key"/> has the shape of a suggestion key.</summary>
    public static bool IsWellFormed(string? key)
    {
        if (key is null || key.Length != Prefix.Length + 16 || !key.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in key.AsSpan(Prefix.Length))
        {
            if (!char.IsAsciiHexDigitLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
