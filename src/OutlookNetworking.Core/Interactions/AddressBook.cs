using OutlookNetworking.Core.Addresses;
using OutlookNetworking.Core.Input;
using DirectoryInfo = OutlookNetworking.Core.Input.DirectoryInfo;

namespace OutlookNetworking.Core.Interactions;

/// <summary>
/// Resolves every address on the mailbox's messages and meetings to the owner, a kind of noise, or
/// a contact (an index into <see cref="Contacts"/>). Raw strings repeat thousands of times in a
/// mailbox, so each is normalised and classified once and then found by one dictionary lookup.
/// </summary>
internal sealed class AddressBook
{
    private readonly Dictionary<string, int> _byRaw = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byNormal = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ownerNormal = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ownerRaw = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _rooms = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lists = new(StringComparer.Ordinal);
    private readonly UnresolvedInternalAddresses? _unresolved;

    /// <param name="unresolved">How own-domain addresses the directory does not resolve are judged (GF-14); null: not at all.</param>
    public AddressBook(MailboxOwner owner, DirectoryInfo directory, UnresolvedInternalAddresses? unresolved = null)
    {
        _unresolved = unresolved;
        AddOwner(owner.PrimaryAddress);
        foreach (var alias in owner.Aliases)
        {
            AddOwner(alias);
        }

        AddAll(_rooms, directory.RoomAddresses);
        AddAll(_lists, directory.DistributionListAddresses);
    }

    public List<ContactLedger> Contacts { get; } = [];

    /// <summary>Marks an address as a room or equipment (resource attendees). Call before resolving.</summary>
    public void AddRoom(string? raw)
    {
        var normal = EmailAddresses.Normalize(raw);
        if (normal is not null && !_ownerNormal.Contains(normal))
        {
            _rooms.Add(normal);
        }
    }

    /// <summary>Resolves a party, remembering the name it was given when it is a contact.</summary>
    public int Resolve(Party? party)
    {
        if (party is null)
        {
            return AddressCode.Invalid;
        }

        var code = Resolve(party.Address);
        if (code >= 0 && !string.IsNullOrWhiteSpace(party.Name))
        {
            Contacts[code].SeenName = party.Name;
        }

        return code;
    }

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

        if (_rooms.Contains(normal))
        {
            return AddressCode.Room;
        }

        if (_lists.Contains(normal))
        {
            return AddressCode.DistributionList;
        }

        if (AutomatedSenders.IsAutomated(normal))
        {
            return AddressCode.Automated;
        }

        if (_unresolved?.IsUnlistedList(normal) == true)
        {
            return AddressCode.DistributionList; // an own-domain address nobody resolves that never acts: a dynamic list (GF-14)
        }

        if (!_byNormal.TryGetValue(normal, out var index))
        {
            index = Contacts.Count;
            Contacts.Add(new ContactLedger(normal));
            _byNormal[normal] = index;
        }

        return index;
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
