using System.Runtime.InteropServices;
using OutlookNetworking.Core.Interactions;

namespace OutlookNetworking.Core.State;

/// <summary>Each conversation's state at one instant, folded record by record (records after the instant are left
/// out): what a one-off analysis needs of the conversations, with one dictionary lookup per message and no record kept.
/// Folding is order-independent, so this equals <see cref="ConversationState.Of"/> over the records.</summary>
internal sealed class ConversationSummaries(long asOfTicks)
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<ConversationState> _states = [];

    public void Add(string conversationId, in ConversationRecord record)
    {
        if (record.Ticks > asOfTicks)
        {
            return;
        }

        ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(_index, conversationId, out var exists);
        if (!exists)
        {
            index = _states.Count;
            _states.Add(new ConversationState { ConversationId = conversationId, LatestTicks = long.MinValue });
        }

        CollectionsMarshal.AsSpan(_states)[index].Add(record);
    }

    /// <summary>The conversations a reply detector may read: a reply owed or awaited, the latest message within
    /// <paramref name="horizonTicks"/> of the instant.</summary>
    public List<ConversationState> Open(long horizonTicks)
    {
        var open = new List<ConversationState>();
        foreach (var state in _states)
        {
            if ((state.IsOwed || state.IsAwaiting) && state.LatestTicks >= asOfTicks - horizonTicks)
            {
                open.Add(state);
            }
        }

        return open;
    }
}
