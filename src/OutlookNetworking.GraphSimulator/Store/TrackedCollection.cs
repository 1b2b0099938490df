using System.Runtime.InteropServices;

namespace OutlookNetworking.GraphSimulator.Store;

/// <summary>
/// The items of one mailbox collection (its messages, or its calendar) with a change log, so delta
/// rounds can page through the current state and later through only what changed. Every change
/// gets the next sequence number; a round remembers the sequence it started at, so changes made
/// during a round surface in the next round (and items changed mid-round may appear in both:
/// delta consumers upsert by id). Thread-safe: one lock per collection; pages copy out
/// <see cref="PageItem"/>s and are written after the lock is released.
/// </summary>
internal sealed partial class TrackedCollection
{
    /// <summary>The scope key of calendar events (one calendar per mailbox).</summary>
    public const string CalendarScope = "calendar";

    private readonly Lock _gate = new();
    private readonly List<TrackedItem> _slots = [];
    private readonly Dictionary<string, int> _slotById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScopeMembers> _scopes = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<ChangeEntry> _log = [];

    /// <summary>The sequence number of the latest change (0 before any).</summary>
    public long Sequence
    {
        get
        {
            lock (_gate)
            {
                return _log.Count;
            }
        }
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _slotById.Count;
            }
        }
    }

    /// <summary>Adds an item as part of the snapshot (no change-log entry).</summary>
    public bool Load(string id, JsonPayload payload, string scope, DateTimeOffset start = default, DateTimeOffset end = default,
        EventTraits? traits = null)
    {
        lock (_gate)
        {
            if (_slotById.ContainsKey(id))
            {
                return false;
            }

            var slot = _slots.Count;
            _slots.Add(new TrackedItem(id, payload, scope, start, end) { Traits = traits });
            _slotById[id] = slot;
            Members(scope).Add(slot);
            IndexSeries(slot, traits);
            return true;
        }
    }

    /// <summary>Adds a new item (or revives a deleted id). False when a live item has that id.</summary>
    public bool Add(string id, JsonPayload payload, string scope, DateTimeOffset start = default, DateTimeOffset end = default,
        EventTraits? traits = null)
    {
        lock (_gate)
        {
            if (_slotById.TryGetValue(id, out var existing))
            {
                var item = _slots[existing];
                if (!item.Deleted)
                {
                    return false;
                }

                item.Payload = payload;
                item.Start = start;
                item.End = end;
                item.Traits = traits;
                item.Deleted = false;
                IndexSeries(existing, traits);
                Record(existing, null, scope);
                return true;
            }

            var slot = _slots.Count;
            _slots.Add(new TrackedItem(id, payload, scope, start, end) { Traits = traits });
            _slotById[id] = slot;
            IndexSeries(slot, traits);
            Record(slot, null, scope);
            return true;
        }
    }

    /// <summary>Replaces an item's fields. False when no live item has that id.</summary>
    public bool Update(string id, JsonPayload payload, DateTimeOffset start = default, DateTimeOffset end = default,
        EventTraits? traits = null)
    {
        lock (_gate)
        {
            if (!TryLive(id, out var slot, out var item))
            {
                return false;
            }

            item.Payload = payload;
            item.Start = start;
            item.End = end;
            if (traits is not null)
            {
                item.Traits = traits;
                IndexSeries(slot, traits);
            }

            Record(slot, item.Scope, item.Scope);
            return true;
        }
    }

    /// <summary>Moves an item to another scope (mail folder). False when no live item has that id.</summary>
    public bool Move(string id, string scope)
    {
        lock (_gate)
        {
            if (!TryLive(id, out var slot, out var item))
            {
                return false;
            }

            Record(slot, item.Scope, scope);
            return true;
        }
    }

    public bool Delete(string id)
    {
        lock (_gate)
        {
            if (!TryLive(id, out var slot, out var item))
            {
                return false;
            }

            Record(slot, item.Scope, null);
            return true;
        }
    }

    /// <summary>A copy of a live item's state, or null.</summary>
    public PageItem? Find(string id)
    {
        lock (_gate)
        {
            return TryLive(id, out _, out var item) ? Copy(item) : null;
        }
    }

    /// <summary>Copies of every live item, of one scope when <paramref name="scope"/> is given.</summary>
    public List<PageItem> Live(string? scope)
    {
        lock (_gate)
        {
            var result = new List<PageItem>();
            foreach (var item in _slots)
            {
                if (!item.Deleted && (scope is null || string.Equals(item.Scope, scope, StringComparison.OrdinalIgnoreCase)))
                {
                    result.Add(Copy(item));
                }
            }

            return result;
        }
    }

    /// <summary>The scopes (folder keys) that have ever held an item, in first-seen order.</summary>
    public IReadOnlyList<string> Scopes()
    {
        lock (_gate)
        {
            return [.. _scopes.Keys];
        }
    }

    /// <summary>Counts the live items of a scope.</summary>
    public int CountIn(string scope)
    {
        lock (_gate)
        {
            if (!_scopes.TryGetValue(scope, out var members))
            {
                return 0;
            }

            var count = 0;
            foreach (var slot in members.Slots)
            {
                var item = _slots[slot];
                if (!item.Deleted && string.Equals(item.Scope, scope, StringComparison.OrdinalIgnoreCase))
                {
                    count++;
                }
            }

            return count;
        }
    }

    /// <summary>
    /// A page of the first round: the items in <paramref name="scope"/> that were there at sequence
    /// <paramref name="until"/>, from position <paramref name="cursor"/>. Returns the next cursor,
    /// or -1 when the round's state has been fully listed.
    /// </summary>
    public int ReadState(DeltaScope scope, long until, int cursor, int pageSize, List<PageItem> output)
    {
        lock (_gate)
        {
            if (!_scopes.TryGetValue(scope.ScopeKey, out var members))
            {
                return -1;
            }

            var slots = members.Slots;
            var position = cursor;
            Dictionary<string, int>? heads = null;
            while (position < slots.Count && output.Count < pageSize)
            {
                var item = _slots[slots[position]];
                if (item.Traits is { InSeries: true } traits)
                {
                    // A series comes whole, on one page, where its first occurrence in the view is (GF-1, GF-4).
                    if (traits.Role == SeriesRole.Member && InState(scope, item, until)
                        && StateHead(members, scope, until, traits.SeriesId!, heads ??= []) == position)
                    {
                        var series = StateSeries(members, scope, until, traits.SeriesId!);
                        if (output.Count > 0 && output.Count + series.Count > pageSize)
                        {
                            return position;
                        }

                        output.AddRange(series);
                    }

                    position++;
                    continue;
                }

                position++;
                if (InState(scope, item, until))
                {
                    output.Add(Copy(item));
                }
            }

            return position < slots.Count ? position : -1;
        }
    }

    /// <summary>
    /// A page of a later round: each item changed after sequence <paramref name="since"/> up to
    /// <paramref name="until"/>, once, in its current state, or as removed when it left the scope
    /// (deleted or moved out). Returns the next cursor (a log index), or -1 at the round's end.
    /// </summary>
    public int ReadChanges(DeltaScope scope, long since, long until, int cursor, int pageSize, List<PageItem> output)
    {
        lock (_gate)
        {
            var end = (int)Math.Min(until, _log.Count);
            var position = Math.Max(cursor, (int)since);
            var log = CollectionsMarshal.AsSpan(_log);
            while (position < end && output.Count < pageSize)
            {
                var index = position++;
                var entry = log[index];
                if (entry.Next >= 0 && entry.Next < end)
                {
                    continue; // a later change in this round reports the item
                }

                var item = _slots[entry.Slot];
                if (item.Traits is { InSeries: true } traits)
                {
                    if (ChangeHead(log, traits.SeriesId!, since, end) == index)
                    {
                        var series = ChangedSeries(log, scope, traits.SeriesId!, since, end);
                        if (output.Count > 0 && output.Count + series.Count > pageSize)
                        {
                            return index;
                        }

                        output.AddRange(series);
                    }

                    continue;
                }

                if (scope.Contains(item))
                {
                    output.Add(Copy(item));
                }
                else if (!scope.IsFolder || WasInScope(log, index, since, scope.FolderKey!))
                {
                    output.Add(RemovedCopy(item));
                }
            }

            return position < end ? position : -1;
        }
    }

    private static bool WasInScope(Span<ChangeEntry> log, int index, long since, string scope)
    {
        for (var i = index; i >= since && i >= 0; i = log[i].Previous)
        {
            var entry = log[i];
            if (string.Equals(entry.ScopeBefore, scope, StringComparison.OrdinalIgnoreCase)
                || string.Equals(entry.ScopeAfter, scope, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private void Record(int slot, string? before, string? after)
    {
        var item = _slots[slot];
        var index = _log.Count;
        var previous = item.LastLogIndex;
        if (previous >= 0)
        {
            CollectionsMarshal.AsSpan(_log)[previous].Next = index;
        }

        _log.Add(new ChangeEntry(slot, before, after, previous, -1));
        var sequence = index + 1L;
        item.LastLogIndex = index;
        item.Version = sequence;
        if (after is null)
        {
            item.Deleted = true;
            return;
        }

        if (before is null || !string.Equals(before, after, StringComparison.OrdinalIgnoreCase))
        {
            item.Scope = after;
            item.ScopeSince = sequence;
            Members(after).Add(slot);
        }
    }

    private bool TryLive(string id, out int slot, out TrackedItem item)
    {
        if (_slotById.TryGetValue(id, out slot) && !_slots[slot].Deleted)
        {
            item = _slots[slot];
            return true;
        }

        item = null!;
        return false;
    }

    private ScopeMembers Members(string scope)
    {
        if (!_scopes.TryGetValue(scope, out var members))
        {
            members = new ScopeMembers();
            _scopes[scope] = members;
        }

        return members;
    }

    private static PageItem Copy(TrackedItem item) =>
        new(item.Id, item.Payload, item.Scope, item.Start, item.End, item.Version, item.Traits);

    private static PageItem RemovedCopy(TrackedItem item) =>
        new(item.Id, null, item.Scope, item.Start, item.End, item.Version, item.Traits);

    private static bool InState(DeltaScope scope, TrackedItem item, long until) => scope.Contains(item) && item.ScopeSince <= until;
}
