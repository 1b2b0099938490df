using System.Runtime.InteropServices;

namespace OutlookNetworking.Core.Interactions;

/// <summary>What the reply detectors need to know about one conversation at one instant: a fold of its records up to
/// that instant (<see cref="Of"/>). Every field is a maximum or an "ever", so the fold never depends on the order of
/// the records.</summary>
[StructLayout(LayoutKind.Auto)]
internal struct ConversationState
{
    public string ConversationId;

    /// <summary>The latest message of the conversation (any direction); long.MinValue when none.</summary>
    public long LatestTicks;

    /// <summary>Someone other than the owner wrote in it (ever).</summary>
    public bool HasReceived;

    /// <summary>The owner's latest message (null when none).</summary>
    public ConversationRecord? LastSent;

    /// <summary>The latest message a contact wrote directly to the owner, not deleted (null when none).</summary>
    public ConversationRecord? DirectReceived;

    /// <summary>Someone wrote directly to the owner in the thread, and the owner has not written in it since.</summary>
    public readonly bool IsOwed => DirectReceived is { } received && (LastSent is not { } sent || sent.Ticks <= received.Ticks);

    /// <summary>The owner wrote directly to a contact in the thread and nobody else has written in it.</summary>
    public readonly bool IsAwaiting => !HasReceived && LastSent is { Direct: true, Contact: >= 0 };

    /// <summary>The conversation's state from its records written at or before <paramref name="asOfTicks"/>.</summary>
    public static ConversationState Of(string conversationId, IReadOnlyList<ConversationRecord> records, long asOfTicks)
    {
        var state = new ConversationState { ConversationId = conversationId, LatestTicks = long.MinValue };
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            if (record.Ticks <= asOfTicks)
            {
                state.Add(record);
            }
        }

        return state;
    }

    /// <summary>Folds one more record in.</summary>
    public void Add(in ConversationRecord record)
    {
        LatestTicks = Math.Max(LatestTicks, record.Ticks);
        if (record.Sent)
        {
            if (LastSent is not { } last || record.IsLaterThan(last))
            {
                LastSent = record;
            }

            return;
        }

        HasReceived = true;
        if (record.MayBeOwed && (DirectReceived is not { } latest || record.IsLaterThan(latest)))
        {
            DirectReceived = record;
        }
    }
}
