namespace OutlookNetworking.Core.Interactions;

/// <summary>One contact as evaluation sees it at one instant: its touches up to then, the name last given to it on one
/// of them, and how often the owner wrote to it.</summary>
internal sealed class ContactLedger(string address)
{
    /// <summary>Normalised SMTP address.</summary>
    public string Address { get; } = address;

    /// <summary>The name the mail system gave on the latest touch that named the contact (at the same instant the
    /// ordinally greatest name, so the choice never depends on the order items came in).</summary>
    public string? SeenName { get; set; }

    /// <summary>Every interaction with the contact up to the instant (figures never depend on the order).</summary>
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
