using OutlookNetworking.Core.Interactions;

namespace OutlookNetworking.Core.State;

/// <summary>
/// An address's touches: a slice of an array. A from-scratch build groups every touch of the mailbox into one array and
/// hands each contact its slice (no growing and copying per contact); the first change to a slice copies it into an
/// array of its own. Evaluation reads the slice as it is when nothing needs filtering.
/// </summary>
internal sealed class TouchList
{
    private Touch[] _items = [];
    private int _offset;
    private bool _shared;

    public int Count { get; private set; }

    public Touch this[int index]
    {
        get => _items[_offset + index];
        set
        {
            Own(0);
            _items[index] = value;
        }
    }

    /// <summary>The touches as they are kept (not to be changed through it).</summary>
    public ArraySegment<Touch> Segment => new(_items, _offset, Count);

    public ReadOnlySpan<Touch> Span => _items.AsSpan(_offset, Count);

    /// <summary>Makes the list a slice of <paramref name="items"/> shared with other lists.</summary>
    public void Share(Touch[] items, int offset, int count)
    {
        _items = items;
        _offset = offset;
        Count = count;
        _shared = true;
    }

    public void Reserve(int count) => Own(count);

    public void Add(in Touch touch)
    {
        Own(1);
        _items[Count++] = touch;
    }

    /// <summary>Takes away the touch at <paramref name="index"/> (the last one takes its place).</summary>
    public void RemoveAt(int index)
    {
        Own(0);
        _items[index] = _items[Count - 1];
        Count--;
    }

    public void Sort(Comparison<Touch> comparison)
    {
        Own(0);
        _items.AsSpan(0, Count).Sort(comparison);
    }

    public ReadOnlySpan<Touch>.Enumerator GetEnumerator() => Span.GetEnumerator();

    /// <summary>Gives the list an array of its own (no offset) with room for <paramref name="more"/> touches.</summary>
    private void Own(int more)
    {
        var needed = Count + more;
        if (!_shared && _offset == 0 && needed <= _items.Length)
        {
            return;
        }

        var capacity = _shared ? needed + 4 : Math.Max(needed, Math.Max(8, _items.Length * 2));
        var items = new Touch[capacity];
        Span.CopyTo(items);
        _items = items;
        _offset = 0;
        _shared = false;
    }
}
