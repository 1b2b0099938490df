namespace OutlookNetworking.Core.Interactions;

/// <summary>Everything gathered about one contact during the pass over a mailbox.</summary>
internal sealed class ContactLedger(string address)
{
    /// <summary>Normalised SMTP address.</summary>
    public string Address { get; } = address;

    /// <summary>The last display name the mail system gave for the address, if any.</summary>
    public string? SeenName { get; set; }

    public List<Touch> Touches { get; } = [];

    /// <summary>Messages the owner sent to this contact (decides whether "Other" mail is bulk).</summary>
    public int SentCount { get; set; }

    /// <summary>Orders <see cref="Touches"/> by time, then by a total order on the rest, so the result
    /// never depends on the order the store returned the messages in.</summary>
    public void SortTouches()
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Touches);
        for (var i = 1; i < span.Length; i++)
        {
            if (Compare(span[i - 1], span[i]) > 0)
            {
                span.Sort(Compare);
                return;
            }
        }
    }

    private static int Compare(Touch a, Touch b)
    {
        var order = a.UtcTicks.CompareTo(b.UtcTicks);
        if (order == 0)
        {
            order = a.Kind.CompareTo(b.Kind);
        }

        if (order == 0)
        {
            order = a.Weight.CompareTo(b.Weight); // equal up to here: the same contribution, whatever comes next
        }

        return order != 0 ? order : a.Source.CompareTo(b.Source);
    }

    /// <summary>Drops received mail classified "Other" when the owner never wrote to this contact
    /// (newsletters, notifications); returns how many were dropped.</summary>
    public int DropUnansweredOtherMail()
    {
        if (SentCount > 0)
        {
            return 0;
        }

        return Touches.RemoveAll(static t => (t.Flags & TouchFlags.OtherClass) != 0);
    }
}
