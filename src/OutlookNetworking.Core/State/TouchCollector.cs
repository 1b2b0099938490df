using OutlookNetworking.Core.Interactions;

namespace OutlookNetworking.Core.State;

/// <summary>Every touch of a from-scratch build, appended into fixed chunks of just under 64 KB (no large array growing
/// and copying, nothing on the large-object heap), then grouped by contact with a stable counting sort into one array:
/// each contact gets a slice (<see cref="TouchList.Share"/>).</summary>
internal sealed class TouchCollector
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

    /// <summary>Hands each entry its slice of the touches (in the order they came).</summary>
    public void GroupInto(List<AddressEntry> entries)
    {
        var starts = new int[entries.Count + 1];
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

        foreach (var entry in entries)
        {
            entry.Touches.Share(grouped, starts[entry.Number], starts[entry.Number + 1] - starts[entry.Number]);
        }

        _chunks.Clear();
        _count = 0;
        _used = ChunkSize;
    }

    private ReadOnlySpan<Touch> Chunk(int index)
        => _chunks[index].AsSpan(0, index == _chunks.Count - 1 ? _used : ChunkSize);
}
