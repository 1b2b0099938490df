namespace OutlookNetworking.Core.Interactions;

/// <summary>What one kept message tells the reply detectors about its conversation.</summary>
/// <param name="MessageId">The message (evidence links open it).</param>
/// <param name="Ticks">When it was written (UTC ticks).</param>
/// <param name="Sent">The owner wrote it.</param>
/// <param name="Contact">Sent: the first contact in To; received: the sender when a contact; -1 otherwise.</param>
/// <param name="Direct">Sent: at most a few people in To; received: the owner in To with at most a few others.</param>
/// <param name="Deleted">Received and filed in Deleted Items.</param>
internal readonly record struct ConversationRecord(string MessageId, long Ticks, bool Sent, int Contact, bool Direct, bool Deleted)
{
    /// <summary>Received directly from a contact and not deleted: it may be owed a reply.</summary>
    public bool MayBeOwed => !Sent && Direct && !Deleted && Contact >= 0;

    /// <summary>True when this record wins over <paramref name="other"/> as the latest of its kind: later, or at the
    /// same instant the greater message id (so the choice never depends on the order messages came in).</summary>
    public bool IsLaterThan(in ConversationRecord other)
        => Ticks != other.Ticks ? Ticks > other.Ticks : string.CompareOrdinal(MessageId, other.MessageId) > 0;
}
