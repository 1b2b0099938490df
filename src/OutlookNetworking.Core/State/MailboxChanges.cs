using OutlookNetworking.Core.Input;

namespace OutlookNetworking.Core.State;

/// <summary>
/// What changed in a mailbox since its state was kept: the current content of every message and meeting added or
/// changed (a changed attendee list, a moved occurrence, a message moved to another folder), and the ids of those
/// removed (an <c>@removed</c> entry, a cancelled occurrence that left the calendar). An id is in at most one of the
/// two; when listed more than once the last content counts.
/// </summary>
public sealed class MailboxChanges
{
    public MailboxChanges(IEnumerable<MessageMeta> messages, IEnumerable<MeetingMeta> meetings,
        IEnumerable<string> removedMessageIds, IEnumerable<string> removedMeetingIds)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(meetings);
        ArgumentNullException.ThrowIfNull(removedMessageIds);
        ArgumentNullException.ThrowIfNull(removedMeetingIds);
        Messages = LastById(messages, m => m.Id);
        Meetings = LastById(meetings, m => m.Id);
        var kept = Messages.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        RemovedMessageIds = removedMessageIds.Distinct(StringComparer.Ordinal).Where(id => !kept.Contains(id)).ToList();
        kept = Meetings.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        RemovedMeetingIds = removedMeetingIds.Distinct(StringComparer.Ordinal).Where(id => !kept.Contains(id)).ToList();
    }

    /// <summary>Nothing changed.</summary>
    public static MailboxChanges None { get; } = new([], [], [], []);

    public IReadOnlyList<MessageMeta> Messages { get; }

    public IReadOnlyList<MeetingMeta> Meetings { get; }

    public IReadOnlyList<string> RemovedMessageIds { get; }

    public IReadOnlyList<string> RemovedMeetingIds { get; }

    public bool IsEmpty => Messages.Count == 0 && Meetings.Count == 0 && RemovedMessageIds.Count == 0 && RemovedMeetingIds.Count == 0;

    /// <summary>Every item the changes name, changed or removed: the state must hold the buckets of these (read before
    /// the night).</summary>
    public IEnumerable<ItemKey> Keys()
    {
        foreach (var message in Messages)
        {
            yield return new ItemKey(ItemKind.Message, message.Id);
        }

        foreach (var id in RemovedMessageIds)
        {
            yield return new ItemKey(ItemKind.Message, id);
        }

        foreach (var meeting in Meetings)
        {
            yield return new ItemKey(ItemKind.Meeting, meeting.Id);
        }

        foreach (var id in RemovedMeetingIds)
        {
            yield return new ItemKey(ItemKind.Meeting, id);
        }
    }

    /// <summary>The conversations of the changed messages' current content.</summary>
    public IEnumerable<string> ConversationIds() => Messages.Select(m => m.ConversationId).OfType<string>();

    private static List<T> LastById<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var byId = new Dictionary<string, T>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var item in items)
        {
            if (!byId.ContainsKey(id(item)))
            {
                order.Add(id(item));
            }

            byId[id(item)] = item;
        }

        return order.Select(i => byId[i]).ToList();
    }
}
