using System.Runtime.InteropServices;

namespace OutlookNetworking.Core.Interactions;

/// <summary>What the reply detectors need to know about one conversation, kept up to date message by
/// message during the scan.</summary>
[StructLayout(LayoutKind.Auto)]
internal struct ConversationState
{
    public string ConversationId;

    /// <summary>The latest message of the conversation (any direction).</summary>
    public long LatestTicks;

    /// <summary>Someone other than the owner wrote in it (ever).</summary>
    public bool HasReceived;

    /// <summary>The owner's latest message: when, which, to whom first (or a negative code), and whether
    /// it was direct (at most a few people in To). <see cref="LastSentMessage"/> is -1 when none.</summary>
    public long LastSentTicks;
    public int LastSentMessage;
    public int LastSentContact;
    public bool LastSentDirect;

    /// <summary>The latest message a contact wrote directly to the owner (not deleted): -1 when none.</summary>
    public long DirectReceivedTicks;
    public int DirectReceivedMessage;
    public int DirectReceivedContact;
}
