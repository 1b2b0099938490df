namespace OutlookNetworking.Core.Interactions;

/// <summary>
/// Every touch of the mailbox, appended into fixed 64 KB chunks while scanning (no large array growing
/// and copying, nothing on the large-object heap), then grouped by contact with a stable counting sort
/// into one array: each contact gets a slice.
/// </summary>
internal sealed class TouchStore
{
    private const int ChunkSize = 2730; // 2730 x 24 bytes: just under 64 KB

    private readonly List<Touch[]> _chunks = [];
    private int _used = ChunkSize;
    private int _count;

    public void Add(in Touch touch)
    {
        if (_used == ChunkSize)
        {
            _chunks.Add(new Touch[ChunkSize]);
            _used = 0;
        }

        _chunks[^1][_used++] = touch;
        _count++;
    }

    /// <summary>Hands each contact its slice of the touches (in input order).</summary>
    public void GroupInto(List<ContactLedger> contacts)
    {
        var starts = new int[contacts.Count + 1];
        for (var c = 0; c < _chunks.Count; c++)
        {
            foreach (var touch in Chunk(c))
            {
                starts[touch.Contact + 1]++;
            }
        }

        for (var i = 1; i < starts.Length; i++)
        {
            starts[i] += starts[i - 1];
        }

        var grouped = new Touch[_count];
        var next = (int[])starts.Clone();
        for (var c = 0; c < _chunks.Count; c++)
        {
            foreach (var touch in Chunk(c))
            {
                grouped[next[touch.Contact]++] = touch;
            }
        }

        for (var c = 0; c < contacts.Count; c++)
        {
            contacts[c].Touches = new ArraySegment<Touch>(grouped, starts[c], starts[c + 1] - starts[c]);
        }

        _chunks.Clear();
        _count = 0;
        _used = ChunkSize;
    }

    private ReadOnlySpan<Touch> Chunk(int index)
        => _chunks[index].AsSpan(0, index == _chunks.Count - 1 ? _used : ChunkSize);
}
