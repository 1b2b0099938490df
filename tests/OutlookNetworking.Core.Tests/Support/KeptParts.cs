using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.State;

namespace OutlookNetworking.Core.Tests.Support;

/// <summary>
/// A mailbox's kept state as a store holds it: encoded parts (a header, entry, item, conversation and open-conversation
/// buckets). A night reads the header, every entry bucket and every bucket of open conversations, then only the item and conversation buckets the changes need, exactly as
/// the database-backed analyser does, so the tests exercise the partial reading too.
/// </summary>
internal sealed class KeptParts
{
    private readonly Dictionary<int, byte[]> _entries = [];
    private readonly Dictionary<int, byte[]> _items = [];
    private readonly Dictionary<int, byte[]> _conversations = [];
    private readonly Dictionary<int, byte[]> _open = [];
    private byte[]? _header;

    /// <summary>Parts written by the last <see cref="Save"/> (how much a night wrote).</summary>
    public int LastWrites { get; private set; }

    public bool HasState => _header is not null;

    /// <summary>Writes the dirty parts of <paramref name="state"/> (all of them for a new state).</summary>
    public void Save(MailboxState state, bool replace = false)
    {
        if (replace)
        {
            _entries.Clear();
            _items.Clear();
            _conversations.Clear();
            _open.Clear();
        }

        LastWrites = 0;
        if (state.HeaderDirty)
        {
            _header = StateCodec.WriteHeader(state);
            LastWrites++;
        }

        foreach (var bucket in state.DirtyEntryBuckets)
        {
            _entries[bucket] = StateCodec.WriteEntryBucket(state, bucket);
            LastWrites++;
        }

        foreach (var (bucket, bytes) in StateCodec.WriteDirtyItemBuckets(state))
        {
            _items[bucket] = bytes;
            LastWrites++;
        }

        foreach (var (bucket, bytes) in StateCodec.WriteDirtyConversationBuckets(state))
        {
            _conversations[bucket] = bytes;
            LastWrites++;
        }

        foreach (var (bucket, bytes) in StateCodec.WriteOpenBuckets(state, state.DirtyOpenBuckets))
        {
            if (bytes is null)
            {
                _open.Remove(bucket);
            }
            else
            {
                _open[bucket] = bytes;
            }

            LastWrites++;
        }

        state.MarkClean();
    }

    /// <summary>Reads the state for a night with <paramref name="changes"/>: header, entries, the changed items'
    /// buckets and the buckets of their conversations, old and new.</summary>
    public MailboxState Load(MailboxChanges changes)
    {
        var state = StateCodec.ReadHeader(_header ?? throw new InvalidOperationException("nothing kept"));
        foreach (var bytes in _entries.Values)
        {
            StateCodec.ReadEntryBucket(state, bytes);
        }

        StateCodec.ReadOpenBuckets(state, _open.Values);

        var keys = changes.Keys().ToList();
        foreach (var bucket in keys.Select(state.ItemBucketOf).Distinct())
        {
            StateCodec.ReadItemBucket(state, bucket, _items.GetValueOrDefault(bucket) ?? []);
        }

        foreach (var bucket in state.ConversationsOf(keys).Concat(changes.ConversationIds()).Select(state.ConversationBucketOf).Distinct())
        {
            StateCodec.ReadConversationBucket(state, bucket, _conversations.GetValueOrDefault(bucket) ?? []);
        }

        return state;
    }
}
