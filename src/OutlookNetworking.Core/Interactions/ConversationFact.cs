namespace OutlookNetworking.Core.Interactions;

/// <summary>What the reply detectors need to know about one message of a conversation.</summary>
/// <param name="Message">Index of the message in the input.</param>
/// <param name="Sent">The owner sent it.</param>
/// <param name="Contact">Received: the sender's code; sent: the first contact in To (or a negative
/// <see cref="AddressCode"/> when there is none).</param>
/// <param name="Direct">Received: the owner is in To with at most a few others; sent: at most a few
/// people in To.</param>
/// <param name="Deleted">Filed in Deleted Items (the owner dealt with it).</param>
internal readonly record struct ConversationFact(int Message, long UtcTicks, bool Sent, int Contact, bool Direct, bool Deleted);
