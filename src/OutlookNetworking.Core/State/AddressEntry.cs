using OutlookNetworking.Core.Interactions;

namespace OutlookNetworking.Core.State;

/// <summary>
/// Everything kept about one normalised address seen in a mailbox between nights: what it is, what in the mailbox
/// decides that, and, for a contact, every interaction with it. Numbers are given in the order addresses are first
/// seen and never reused within a state (a full re-analysis numbers afresh).
/// <para>This is the per-contact state later features build on (meeting preparation, ranking): add a field here, to
/// <see cref="StateCodec"/>'s entry encoding, and bump <see cref="EngineVersion.Current"/> so every mailbox is
/// re-analysed once and gets it.</para>
/// </summary>
internal sealed class AddressEntry(int number, string address)
{
    public int Number { get; } = number;

    /// <summary>Normalised SMTP address.</summary>
    public string Address { get; } = address;

    /// <summary>What it resolves to, under the directory and the mailbox's own evidence (resources, actors).</summary>
    public AddressKind Kind { get; set; }

    /// <summary>It was resolved on a kept message or meeting, so its <see cref="Kind"/> shaped that item's footprint:
    /// if the kind ever changes, the stored footprints are stale and the mailbox is re-analysed from scratch.</summary>
    public bool Seen { get; set; }

    /// <summary>Meetings of the mailbox that invite it as a resource (a room or equipment everywhere when above 0).</summary>
    public int ResourceRefs { get; set; }

    /// <summary>Items of the mailbox where it wrote, organised or answered an invitation (graph-fidelity GF-14: an
    /// own-domain address the directory does not resolve is a person when above 0, a dynamic list otherwise).</summary>
    public int ActorRefs { get; set; }

    /// <summary>Names the mail system gave it on its touches; a touch names one by <see cref="Touch.NameSlot"/>
    /// (1-based). Names no longer used are dropped when the entry is encoded.</summary>
    public List<string> Names { get; } = [];

    /// <summary>Every interaction with it (contacts only), future ones included (a meeting next week): evaluation
    /// reads those up to its instant. Any order in memory; encoded in <see cref="Touch.Compare"/> order.</summary>
    public TouchList Touches { get; } = new();

    /// <summary>Messages this contact wrote to a list the owner received them through (<see cref="ListTouch"/>),
    /// future ones included; any order in memory, encoded in <see cref="ListTouch.Compare"/> order.</summary>
    public List<ListTouch> ListMail { get; } = [];

    /// <summary>The code the scanners use for it: its number for a contact, else a negative <see cref="AddressCode"/>.</summary>
    public int Code => AddressKinds.CodeOf(Kind, Number);

    /// <summary>The slot (1-based) of <paramref name="name"/> in <see cref="Names"/>, added when new; 0 for no name.</summary>
    public int NameSlot(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return 0;
        }

        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        if (Names.Count >= Touch.MaxNameSlot)
        {
            return 0;
        }

        Names.Add(name);
        return Names.Count;
    }

    /// <summary>The slot of <paramref name="name"/> when it is already there (for taking a touch away); 0 otherwise.</summary>
    public int FindNameSlot(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return 0;
        }

        var index = Names.IndexOf(name);
        return index < 0 ? -1 : index + 1;
    }

    /// <summary>Takes away one touch equal to <paramref name="touch"/>; false when there is none.</summary>
    public bool RemoveTouch(in Touch touch)
    {
        for (var i = Touches.Count - 1; i >= 0; i--)
        {
            if (Touches[i].Equals(touch))
            {
                Touches.RemoveAt(i);
                return true;
            }
        }

        return false;
    }

    /// <summary>Puts the touches in canonical order with the names they use in ordinal order (names no touch uses
    /// dropped), so equal entries encode to equal bytes whatever order their touches came in.</summary>
    public void Normalise()
    {
        if (Names.Count > 0)
        {
            var used = new bool[Names.Count + 1];
            foreach (var touch in Touches)
            {
                used[touch.NameSlot] = true;
            }

            var kept = new List<string>(Names.Count);
            for (var slot = 1; slot <= Names.Count; slot++)
            {
                if (used[slot])
                {
                    kept.Add(Names[slot - 1]);
                }
            }

            kept.Sort(StringComparer.Ordinal);
            var remap = new int[Names.Count + 1];
            for (var slot = 1; slot <= Names.Count; slot++)
            {
                remap[slot] = used[slot] ? kept.BinarySearch(Names[slot - 1], StringComparer.Ordinal) + 1 : 0;
            }

            for (var i = 0; i < Touches.Count; i++)
            {
                var t = Touches[i];
                if (remap[t.NameSlot] != t.NameSlot)
                {
                    Touches[i] = new Touch(t.Contact, t.UtcTicks, t.Day, t.Kind, t.Weight, remap[t.NameSlot], t.Flags);
                }
            }

            Names.Clear();
            Names.AddRange(kept);
        }

        Touches.Sort(Touch.Compare);
        ListMail.Sort(ListTouch.Compare);
    }
}
