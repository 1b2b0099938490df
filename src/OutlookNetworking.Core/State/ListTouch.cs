namespace OutlookNetworking.Core.State;

/// <summary>
/// One message a contact wrote to a distribution list or group the owner received it through (the owner not named in
/// To or Cc): kept on the contact's <see cref="AddressEntry"/> so a person card can say what the owner shares with
/// someone they never wrote to or met directly ("You are both on Operations 1 mail"). Only list metadata: which list,
/// when, the name the mail system gave the list; never a subject.
/// </summary>
/// <param name="List">The list's number in the address table (an entry of kind distribution list).</param>
/// <param name="UtcTicks">When the message was written.</param>
/// <param name="Name">The list's name on the message (To or Cc), if any.</param>
internal readonly record struct ListTouch(int List, long UtcTicks, string? Name)
{
    /// <summary>The canonical order (list, instant, name) in which a contact's list touches are encoded.</summary>
    public static int Compare(ListTouch a, ListTouch b)
    {
        if (a.List != b.List)
        {
            return a.List.CompareTo(b.List);
        }

        return a.UtcTicks != b.UtcTicks ? a.UtcTicks.CompareTo(b.UtcTicks) : string.CompareOrdinal(a.Name, b.Name);
    }
}

/// <summary>A list touch an item makes (its time is the item's).</summary>
/// <param name="Contact">The sender's number in the address table.</param>
/// <param name="List">The list's number in the address table.</param>
internal readonly record struct FootprintListTouch(int Contact, int List, string? Name);
