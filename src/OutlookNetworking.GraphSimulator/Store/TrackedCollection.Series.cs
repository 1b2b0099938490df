namespace OutlookNetworking.GraphSimulator.Store;

/// <summary>
/// Recurring series in a calendar (graph-fidelity GF-1, GF-2, GF-4): a delta page holds a series whole (its master
/// and its occurrences in the view, or in a later round what of it changed); a master is in a view only with an
/// occurrence of its own there. Its own start and end are its first occurrence's: a series that began before the
/// window has its master outside it, so the first round lists such a series without its master (the harsher reading
/// of GF-2; a later round carries a master when it changed). The deletion of an occurrence or exception is never
/// reported. Called under the collection's lock.
/// </summary>
internal sealed partial class TrackedCollection
{
    private readonly Dictionary<string, List<int>> _series = new(StringComparer.Ordinal);

    /// <summary>Copies of the live items of a series: its master (when it has one) first, then the occurrences and
    /// exceptions by start.</summary>
    public List<PageItem> Series(string seriesId)
    {
        lock (_gate)
        {
            var result = new List<PageItem>();
            if (!_series.TryGetValue(seriesId, out var slots))
            {
                return result;
            }

            foreach (var slot in slots)
            {
                var item = _slots[slot];
                if (!item.Deleted && BelongsTo(item, seriesId))
                {
                    result.Add(Copy(item));
                }
            }

            result.Sort(static (a, b) => a.Traits!.Role != b.Traits!.Role
                ? a.Traits.Role == SeriesRole.Master ? -1 : 1
                : a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Id, b.Id));
            return result;
        }
    }

    private void IndexSeries(int slot, EventTraits? traits)
    {
        if (traits is not { InSeries: true })
        {
            return;
        }

        if (!_series.TryGetValue(traits.SeriesId!, out var slots))
        {
            slots = [];
            _series[traits.SeriesId!] = slots;
        }

        if (!slots.Contains(slot))
        {
            slots.Add(slot);
        }
    }

    private static bool BelongsTo(TrackedItem item, string seriesId) =>
        item.Traits is { InSeries: true } traits && string.Equals(traits.SeriesId, seriesId, StringComparison.Ordinal);

    /// <summary>The position (in the scope's member order) of the series' first occurrence in this round's state.</summary>
    private int StateHead(ScopeMembers members, DeltaScope scope, long until, string seriesId, Dictionary<string, int> heads)
    {
        if (heads.TryGetValue(seriesId, out var known))
        {
            return known;
        }

        var head = int.MaxValue;
        foreach (var slot in _series[seriesId])
        {
            var item = _slots[slot];
            if (BelongsTo(item, seriesId) && item.Traits!.Role == SeriesRole.Member && InState(scope, item, until))
            {
                var position = members.PositionOf(slot);
                if (position >= 0 && position < head)
                {
                    head = position;
                }
            }
        }

        heads[seriesId] = head;
        return head;
    }

    /// <summary>A series as the first round lists it: the master (when its own first occurrence is in the view), then every
    /// occurrence in the view.</summary>
    private List<PageItem> StateSeries(ScopeMembers members, DeltaScope scope, long until, string seriesId)
    {
        var master = new List<PageItem>(1);
        var occurrences = new List<(int Position, PageItem Item)>();
        foreach (var slot in _series[seriesId])
        {
            var item = _slots[slot];
            if (!BelongsTo(item, seriesId) || item.Deleted)
            {
                continue;
            }

            if (item.Traits!.Role == SeriesRole.Master)
            {
                if (InState(scope, item, until))
                {
                    master.Add(Copy(item));
                }
            }
            else if (InState(scope, item, until))
            {
                occurrences.Add((members.PositionOf(slot), Copy(item)));
            }
        }

        occurrences.Sort(static (a, b) => a.Position.CompareTo(b.Position));
        master.AddRange(occurrences.Select(o => o.Item));
        return master;
    }

    /// <summary>The log index at which a series is reported in a later round: its earliest reported change.</summary>
    private int ChangeHead(Span<ChangeEntry> log, string seriesId, long since, int end)
    {
        var head = int.MaxValue;
        foreach (var slot in _series[seriesId])
        {
            var index = ReportedIndex(log, _slots[slot], since, end);
            if (index >= 0 && index < head && BelongsTo(_slots[slot], seriesId))
            {
                head = index;
            }
        }

        return head;
    }

    /// <summary>
    /// What a later round reports of a series, in log order: a changed master (removed when deleted or when none of its
    /// occurrences is in the view), each changed occurrence or exception in the view (removed when it moved out of it);
    /// a deleted occurrence or exception is not reported at all (GF-4).
    /// </summary>
    private List<PageItem> ChangedSeries(Span<ChangeEntry> log, DeltaScope scope, string seriesId, long since, int end)
    {
        var changed = new List<(int Index, PageItem Item)>();
        foreach (var slot in _series[seriesId])
        {
            var item = _slots[slot];
            var index = ReportedIndex(log, item, since, end);
            if (index < 0 || !BelongsTo(item, seriesId))
            {
                continue;
            }

            if (item.Traits!.Role == SeriesRole.Master)
            {
                changed.Add((index, !item.Deleted && HasOccurrenceIn(scope, seriesId) ? Copy(item) : RemovedCopy(item)));
            }
            else if (!item.Deleted)
            {
                changed.Add((index, scope.Contains(item) ? Copy(item) : RemovedCopy(item)));
            }
        }

        changed.Sort(static (a, b) => a.Index.CompareTo(b.Index));
        return [.. changed.Select(c => c.Item)];
    }

    private bool HasOccurrenceIn(DeltaScope scope, string seriesId)
    {
        foreach (var slot in _series[seriesId])
        {
            var item = _slots[slot];
            if (BelongsTo(item, seriesId) && item.Traits!.Role == SeriesRole.Member && scope.Contains(item))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The log index of an item's last change in [<paramref name="since"/>, <paramref name="end"/>), or -1.</summary>
    private static int ReportedIndex(Span<ChangeEntry> log, TrackedItem item, long since, int end)
    {
        var index = item.LastLogIndex;
        while (index >= end)
        {
            index = log[index].Previous;
        }

        return index >= since ? index : -1;
    }
}
