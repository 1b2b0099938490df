namespace OutlookNetworking.GraphSimulator.Store;

/// <summary>The slots that have been in a scope, in the order they entered it, each once.</summary>
internal sealed class ScopeMembers
{
    private readonly Dictionary<int, int> _positions = [];

    public List<int> Slots { get; } = [];

    public void Add(int slot)
    {
        if (_positions.TryAdd(slot, Slots.Count))
        {
            Slots.Add(slot);
        }
    }

    /// <summary>Where a slot stands in <see cref="Slots"/>, or -1.</summary>
    public int PositionOf(int slot) => _positions.GetValueOrDefault(slot, -1);
}
