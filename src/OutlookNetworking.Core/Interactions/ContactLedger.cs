namespace OutlookNetworking.Core.Interactions;

/// <summary>Everything gathered about one contact during the pass over a mailbox.</summary>
internal sealed class ContactLedger(string address)
{
    /// <summary>Normalised SMTP address.</summary>
    public string Address { get; } = address;

    /// <summary>The last display name the mail system gave for the address, if any.</summary>
    public string? SeenName { get; set; }

    /// <summary>Every interaction with the contact, in input order (figures never depend on the order);
    /// set by <see cref="TouchStore.GroupInto"/> after the scan.</summary>
    public ArraySegment<Touch> Touches { get; set; } = ArraySegment<Touch>.Empty;

    /// <summary>Messages the owner sent to this contact (decides whether "Other" mail is bulk).</summary>
    public int SentCount { get; set; }

    /// <summary>Drops received mail classified "Other" when the owner never wrote to this contact
    /// (newsletters, notifications); returns how many were dropped.</summary>
    public int DropUnansweredOtherMail()
    {
        if (SentCount > 0)
        {
            return 0;
        }

        var span = Touches.AsSpan();
        var kept = 0;
        foreach (var touch in span)
        {
            if ((touch.Flags & TouchFlags.OtherClass) == 0)
            {
                span[kept++] = touch;
            }
        }

        var dropped = span.Length - kept;
        Touches = Touches[..kept];
        return dropped;
    }
}
