namespace OutlookNetworking.Core.Addresses;

/// <summary>
/// Normalises the addresses the mail system writes into the one form the product keys people by:
/// a trimmed, lower-case SMTP address. Anything that is not a plain SMTP address (an Exchange X500
/// path such as <c>/o=ExchangeLabs/ou=…/cn=…</c>, an empty string, a display name, garbage) has no
/// normal form.
/// </summary>
public static class EmailAddresses
{
    /// <summary>RFC 5321: at most 254 characters in a forward path.</summary>
    private const int MaxLength = 254;

    /// <summary>RFC 5321: at most 64 characters before the '@'.</summary>
    private const int MaxLocalLength = 64;

    /// <summary>RFC 1035: at most 63 characters in a domain label.</summary>
    private const int MaxLabelLength = 63;

    /// <summary>
    /// The normal form of <paramref name="raw"/>: trimmed, without one pair of surrounding angle
    /// brackets or a <c>mailto:</c>/<c>smtp:</c> prefix, lower-case; or null when what is left is
    /// not a valid SMTP address (dot-atom local part, a domain of at least two labels).
    /// Quoted local parts and address literals are rejected: mailboxes people use never have them.
    /// </summary>
    public static string? Normalize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var span = raw.AsSpan().Trim();
        if (span.Length >= 2 && span[0] == '<' && span[^1] == '>')
        {
            span = span[1..^1].Trim();
        }

        if (span.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            span = span[7..];
        }
        else if (span.StartsWith("smtp:", StringComparison.OrdinalIgnoreCase))
        {
            span = span[5..];
        }

        if (span.Length is 0 or > MaxLength || !IsValid(span))
        {
            return null;
        }

        return IsLowerCase(span) && span.Length == raw.Length ? raw : span.ToString().ToLowerInvariant();
    }

    /// <summary>The domain of an address (the part after the last '@'), lower-case; null when the
    /// address has no normal form.</summary>
    public static string? DomainOf(string? address)
    {
        var normal = Normalize(address);
        return normal is null ? null : normal[(normal.LastIndexOf('@') + 1)..];
    }

    /// <summary>The local part of a normalised address (the part before the '@').</summary>
    internal static ReadOnlySpan<char> LocalPartOf(string normalized)
        => normalized.AsSpan(0, normalized.LastIndexOf('@'));

    private static bool IsValid(ReadOnlySpan<char> address)
    {
        var at = address.IndexOf('@');
        if (at <= 0 || at != address.LastIndexOf('@') || at > MaxLocalLength)
        {
            return false;
        }

        return IsValidLocalPart(address[..at]) && IsValidDomain(address[(at + 1)..]);
    }

    private static bool IsValidLocalPart(ReadOnlySpan<char> local)
    {
        if (local[0] == '.' || local[^1] == '.')
        {
            return false;
        }

        for (var i = 0; i < local.Length; i++)
        {
            var c = local[i];
            if (c == '.')
            {
                if (local[i - 1] == '.')
                {
                    return false;
                }
            }
            else if (!IsAtomChar(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsValidDomain(ReadOnlySpan<char> domain)
    {
        if (domain.Length == 0)
        {
            return false;
        }

        var labels = 0;
        foreach (var range in domain.Split('.'))
        {
            var label = domain[range];
            if (label.Length is 0 or > MaxLabelLength || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            foreach (var c in label)
            {
                if (c != '-' && !char.IsLetterOrDigit(c))
                {
                    return false;
                }
            }

            labels++;
        }

        return labels >= 2;
    }

    /// <summary>RFC 5322 atext, plus any non-ASCII letter or digit (RFC 6531 internationalised mail).</summary>
    private static bool IsAtomChar(char c)
        => c switch
        {
            >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' => true,
            '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '/' or '=' or '?' or '^' or '_'
                or '`' or '{' or '|' or '}' or '~' => true,
            _ => c > 127 && char.IsLetterOrDigit(c),
        };

    private static bool IsLowerCase(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
