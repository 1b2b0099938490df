namespace OutlookNetworking.Core.Interactions;

/// <summary>The direction of one interaction, seen from the mailbox owner.</summary>
internal enum TouchKind : byte
{
    /// <summary>The owner wrote to the contact.</summary>
    Sent,

    /// <summary>The contact wrote to the owner.</summary>
    Received,

    /// <summary>They were in a meeting together.</summary>
    Met,
}
