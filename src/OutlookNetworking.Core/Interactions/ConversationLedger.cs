using System.Runtime.InteropServices;

namespace OutlookNetworking.Core.Interactions;

/// <summary>Per-conversation summaries for the reply detectors: one dictionary lookup per message
/// during the scan, no second pass.</summary>
internal sealed class ConversationLedger
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<ConversationState> _states = [];

    public ReadOnlySpan<ConversationState> States => CollectionsMarshal.AsSpan(_states);

    /// <summary>The owner sent <paramref name="message"/>; <paramref name="firstTo"/> is the first contact
    /// in To (or a negative code); <paramref name="direct"/>: at most a few people in To.</summary>
    public void RecordSent(string conversationId, int message, long ticks, int firstTo, bool direct)
    {
        ref var state = ref Find(conversationId);
        state.LatestTicks = Math.Max(state.LatestTicks, ticks);
        if (state.LastSentMessage < 0 || ticks > state.LastSentTicks)
        {
            state.LastSentTicks = ticks;
            state.LastSentMessage = message;
            state.LastSentContact = firstTo;
            state.LastSentDirect = direct;
        }
    }

    /// <summary>Someone else wrote <paramref name="message"/>; <paramref name="from"/> is the sender's code;
    /// <paramref name="direct"/>: the owner is in To with at most a few others.</summary>
    public void RecordReceived(string conversationId, int message, long ticks, int from, bool direct, bool deleted)
    {
        ref var state = ref Find(conversationId);
        state.LatestTicks = Math.Max(state.LatestTicks, ticks);
        state.HasReceived = true;
        if (direct && !deleted && from >= 0 && (state.DirectReceivedMessage < 0 || ticks > state.DirectReceivedTicks))
        {
            state.DirectReceivedTicks = ticks;
            state.DirectReceivedMessage = message;
            state.DirectReceivedContact = from;
        }
    }

    private ref ConversationState Find(string conversationId)
    {
        ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(_index, conversationId, out var exists);
        if (!exists)
        {
            index = _states.Count;
            _states.Add(new ConversationState
            {
                ConversationId = conversationId,
                LatestTicks = long.MinValue,
                LastSentMessage = -1,
                DirectReceivedMessage = -1,
            });
        }

        return ref CollectionsMarshal.AsSpan(_states)[index];
    }
}
