using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.State;
using DirectoryInfo = OutlookNetworking.Core.Input.DirectoryInfo;

namespace OutlookNetworking.Core.Engine;

/// <summary>Finds, in a kept state at its instant, the contacts the owner shares list mail with and nothing else
/// (<see cref="ListOnlyContact"/>).</summary>
internal static class ListOnlyContacts
{
    public static List<ListOnlyContact> Of(MailboxState state, DirectoryInfo directory, long nowTicks, bool[] own)
    {
        var found = new List<ListOnlyContact>();
        var lists = new Dictionary<int, (long Ticks, string? Name)>();
        foreach (var entry in state.Entries)
        {
            if (entry.Kind != AddressKind.Contact || entry.ListMail.Count == 0 || own[entry.Number] || HasTouchBy(entry, nowTicks))
            {
                continue;
            }

            lists.Clear();
            var messages = 0;
            var last = long.MinValue;
            foreach (var touch in entry.ListMail)
            {
                if (touch.UtcTicks > nowTicks)
                {
                    continue;
                }

                messages++;
                last = Math.Max(last, touch.UtcTicks);
                if (!lists.TryGetValue(touch.List, out var seen) || touch.UtcTicks > seen.Ticks
                    || (touch.UtcTicks == seen.Ticks && string.CompareOrdinal(touch.Name, seen.Name) > 0))
                {
                    lists[touch.List] = (touch.UtcTicks, touch.Name);
                }
            }

            if (messages == 0)
            {
                continue;
            }

            var named = lists
                .Select(l => (l.Value.Ticks, Name: NameOf(state.Entries[l.Key], l.Value.Name, directory)))
                .OrderByDescending(l => l.Ticks).ThenBy(l => l.Name, StringComparer.Ordinal)
                .Select(l => l.Name)
                .Distinct(StringComparer.Ordinal)
                .Take(ListOnlyContact.MaxLists)
                .ToList();
            found.Add(new ListOnlyContact(entry.Address, named, lists.Count, messages, new DateTimeOffset(last, TimeSpan.Zero)));
        }

        found.Sort(static (a, b) => string.CompareOrdinal(a.ContactAddress, b.ContactAddress));
        return found;
    }

    /// <summary>Any direct mail (either way) or meeting up to now.</summary>
    private static bool HasTouchBy(AddressEntry entry, long nowTicks)
    {
        foreach (var touch in entry.Touches)
        {
            if (touch.UtcTicks <= nowTicks)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The directory's name for the list, else the name on its latest mail (not an address or an X500 path),
    /// else its address.</summary>
    private static string NameOf(AddressEntry list, string? onMail, DirectoryInfo directory)
    {
        if (directory.DisplayNames.TryGetValue(list.Address, out var known) && !string.IsNullOrWhiteSpace(known))
        {
            return known.Trim();
        }

        var name = onMail?.Trim();
        return string.IsNullOrEmpty(name) || name.StartsWith('/') || name.Contains('@', StringComparison.Ordinal) ? list.Address : name;
    }
}
