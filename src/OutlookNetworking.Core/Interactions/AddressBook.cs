using OutlookNetworking.Core.Addresses;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Core.State;
using DirectoryInfo = OutlookNetworking.Core.Input.DirectoryInfo;

namespace OutlookNetworking.Core.Interactions;

/// <summary>
/// Resolves every address on the mailbox's messages and meetings to the owner, a kind of noise, or a contact (its
/// number in the state's address table). Raw strings repeat thousands of times in a mailbox, so each is normalised
/// and classified once per night and then found by one dictionary lookup. What an address is comes from the owner,
/// the directory and the mailbox's own evidence kept on its <see cref="AddressEntry"/> (invited as a resource).
/// </summary>
internal sealed class AddressBook
{
    private readonly Dictionary<string, int> _byRaw = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ownerNormal = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ownerRaw = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _rooms = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lists = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _isOwner = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AddressEntry?> _evidence = new(StringComparer.Ordinal);
    private readonly UnresolvedInternalAddresses? _unresolved;
    private readonly MailboxState _state;

    public AddressBook(MailboxOwner owner, DirectoryInfo directory, MailboxState state)
    {
        _state = state;
        _unresolved = UnresolvedInternalAddresses.For(directory);
        AddOwner(owner.PrimaryAddress);
        foreach (var alias in owner.Aliases)
        {
            AddOwner(alias);
        }

        AddAll(_rooms, directory.RoomAddresses);
        AddAll(_lists, directory.DistributionListAddresses);
    }

    /// <summary>The directory says which own-domain addresses it resolves (graph-fidelity GF-14): whether an address
    /// acted decides what it is, so a one-off analysis must count actors too.</summary>
    public bool JudgesActors => _unresolved is not null;

    /// <summary>The entry of an address the mailbox gives evidence about (invited as a resource, acting on an item),
    /// created when new, not marked seen; null for the owner's own addresses and addresses with no normal form.</summary>
    public AddressEntry? EvidenceEntry(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }

        if (!_evidence.TryGetValue(raw, out var entry))
        {
            var normal = EmailAddresses.Normalize(raw);
            entry = normal is null || _ownerNormal.Contains(normal) ? null : EntryOf(normal);
            _evidence[raw] = entry;
        }

        return entry;
    }

    /// <summary>Resolves a party (see <see cref="Resolve(string?)"/>).</summary>
    public int Resolve(Party? party) => party is null ? AddressCode.Invalid : Resolve(party.Address);

    /// <summary>The owner, a noise code or a contact's number; marks the address seen.</summary>
    public int Resolve(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return AddressCode.Invalid;
        }

        if (_byRaw.TryGetValue(raw, out var code))
        {
            return code;
        }

        code = Classify(raw);
        _byRaw[raw] = code;
        return code;
    }

    /// <summary>The entry number of the list <paramref name="raw"/> resolves to (marked seen, as any resolved address:
    /// if it ever stops being a list, the mailbox is analysed afresh); -1 when it is not a list.</summary>
    public int ListNumber(string? raw)
    {
        if (Resolve(raw) != AddressCode.DistributionList)
        {
            return -1;
        }

        return EmailAddresses.Normalize(raw!) is { } normal && _state.FindEntry(normal) is { } entry ? entry.Number : -1;
    }

    /// <summary>True when <paramref name="raw"/> is one of the owner's addresses; resolves nothing else (a co-recipient
    /// of received mail makes no tie, so what it is never matters).</summary>
    public bool IsOwner(string raw)
    {
        if (_byRaw.TryGetValue(raw, out var code))
        {
            return code == AddressCode.Owner;
        }

        if (!_isOwner.TryGetValue(raw, out var owner))
        {
            var normal = EmailAddresses.Normalize(raw);
            owner = normal is null ? _ownerRaw.Contains(raw.Trim()) : _ownerNormal.Contains(normal);
            _isOwner[raw] = owner;
        }

        return owner;
    }

    /// <summary>What <paramref name="entry"/> is now, from the directory and its evidence in the mailbox.</summary>
    public AddressKind KindOf(AddressEntry entry)
    {
        var normal = entry.Address;
        if (entry.ResourceRefs > 0 || _rooms.Contains(normal))
        {
            return AddressKind.Room;
        }

        if (_lists.Contains(normal))
        {
            return AddressKind.DistributionList;
        }

        if (AutomatedSenders.IsAutomated(normal))
        {
            return AddressKind.Automated;
        }

        // An own-domain address nobody resolves that never acts: a dynamic list (GF-14).
        return _unresolved?.IsUnlistedList(normal, entry.ActorRefs) == true ? AddressKind.DistributionList : AddressKind.Contact;
    }

    /// <summary>Forgets what raw strings resolved to (after entries changed kind).</summary>
    public void ForgetResolutions() => _byRaw.Clear();

    private int Classify(string raw)
    {
        var normal = EmailAddresses.Normalize(raw);
        if (normal is null)
        {
            return _ownerRaw.Contains(raw.Trim()) ? AddressCode.Owner : AddressCode.Invalid;
        }

        if (_ownerNormal.Contains(normal))
        {
            return AddressCode.Owner;
        }

        var entry = EntryOf(normal);
        if (!entry.Seen)
        {
            entry.Seen = true;
            _state.MarkEntry(entry);
        }

        return entry.Code;
    }

    private AddressEntry EntryOf(string normal)
    {
        if (_state.FindEntry(normal) is { } entry)
        {
            return entry;
        }

        entry = _state.AddEntry(normal, AddressKind.Contact);
        entry.Kind = KindOf(entry);
        return entry;
    }

    private void AddOwner(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return;
        }

        _ownerRaw.Add(raw.Trim());
        var normal = EmailAddresses.Normalize(raw);
        if (normal is not null)
        {
            _ownerNormal.Add(normal);
        }
    }

    private static void AddAll(HashSet<string> set, IEnumerable<string> raws)
    {
        foreach (var raw in raws)
        {
            var normal = EmailAddresses.Normalize(raw);
            if (normal is not null)
            {
                set.Add(normal);
            }
        }
    }
}
