using System.Globalization;
using System.Text;

namespace OutlookNetworking.Core.Addresses;

/// <summary>
/// Judges whether an address at a consumer mail domain is evidently the mailbox owner's own (a personal address the
/// owner forwards work mail to). The owner's names are the words of their display name (letters only, accents and
/// case ignored, single letters dropped); "Lopez, Ava" is read as "Ava Lopez". A name matches when every word of it is
/// one of the owner's names, none twice, and it has both the owner's first and last name. An address is the owner's
/// when its domain is a consumer mail domain, no message or meeting it is on has another person on it, and either a
/// name the mail system gave it matches, or its local part does: without a <c>+tag</c> and trailing digits, split at
/// '.', '_' and '-' (single letters dropped), or, when it is one word, read as the owner's names run together
/// (<c>avalopez</c>, <c>lopezava</c>). An initial never stands for a name (<c>alopez</c> is not Ava Lopez). Owners
/// whose display name has fewer than two names match nothing by name.
/// </summary>
internal sealed class OwnAddressRule
{
    private readonly HashSet<string> _domains;
    private readonly string[] _names;
    private readonly string? _first;
    private readonly string? _last;

    /// <param name="ownerDisplayName">The owner's display name (the directory's); null when unknown.</param>
    /// <param name="consumerDomains">The consumer mail domains, comma-separated.</param>
    public OwnAddressRule(string? ownerDisplayName, string? consumerDomains)
    {
        _domains = new HashSet<string>(
            (consumerDomains ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(d => d.TrimStart('@').ToLowerInvariant()),
            StringComparer.Ordinal);
        var display = ownerDisplayName ?? "";
        var comma = display.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && display.IndexOf(',', comma + 1) < 0)
        {
            display = display[(comma + 1)..] + " " + display[..comma];
        }

        _names = Words(display).Distinct(StringComparer.Ordinal).ToArray();
        if (_names.Length >= 2)
        {
            _first = _names[0];
            _last = _names[^1];
        }
    }

    /// <summary>True when <paramref name="normalAddress"/> is at a consumer mail domain.</summary>
    public bool IsConsumer(string normalAddress)
    {
        var at = normalAddress.LastIndexOf('@');
        return at > 0 && _domains.GetAlternateLookup<ReadOnlySpan<char>>().Contains(normalAddress.AsSpan(at + 1));
    }

    /// <summary>True when the address is evidently the owner's: at a consumer mail domain, never with another person
    /// (<paramref name="withOthers"/> false), and its local part or one of <paramref name="names"/> is the owner's
    /// names.</summary>
    public bool IsOwnAddress(string normalAddress, bool withOthers, IEnumerable<string> names)
    {
        if (withOthers || _first is null || !IsConsumer(normalAddress))
        {
            return false;
        }

        return LocalPartIsOwners(normalAddress[..normalAddress.LastIndexOf('@')]) || names.Any(NameIsOwners);
    }

    /// <summary>True when the words of <paramref name="name"/> are the owner's names (see the class).</summary>
    public bool NameIsOwners(string name) => _first is not null && Matches(Words(name).ToList());

    private bool LocalPartIsOwners(string local)
    {
        var plus = local.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0)
        {
            local = local[..plus];
        }

        local = Fold(local).TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
        var pieces = local.Split(['.', '_', '-'], StringSplitOptions.RemoveEmptyEntries).Where(p => p.Length > 1).ToList();
        return pieces.Count switch
        {
            0 => false,
            1 => RunTogether(pieces[0], 0, []),
            _ => Matches(pieces),
        };
    }

    private bool Matches(List<string> words)
        => words.Count >= 2 && words.Distinct(StringComparer.Ordinal).Count() == words.Count
           && words.All(w => _names.Contains(w, StringComparer.Ordinal)) && words.Contains(_first!) && words.Contains(_last!);

    /// <summary>True when <paramref name="word"/> from <paramref name="from"/> on is the owner's names run together,
    /// each once, with <paramref name="used"/> before it.</summary>
    private bool RunTogether(string word, int from, List<string> used)
    {
        if (from == word.Length)
        {
            return Matches(used);
        }

        foreach (var name in _names)
        {
            if (!used.Contains(name) && string.CompareOrdinal(word, from, name, 0, name.Length) == 0
                && from + name.Length <= word.Length)
            {
                used.Add(name);
                var found = RunTogether(word, from + name.Length, used);
                used.RemoveAt(used.Count - 1);
                if (found)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The words of <paramref name="text"/> of two letters or more, folded.</summary>
    private static IEnumerable<string> Words(string text)
    {
        var folded = Fold(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var letter = i < folded.Length && char.IsLetter(folded[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                if (i - start > 1)
                {
                    yield return folded[start..i];
                }

                start = -1;
            }
        }
    }

    /// <summary>Lower case without accents.</summary>
    private static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
