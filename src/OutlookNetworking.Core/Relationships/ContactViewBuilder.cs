using OutlookNetworking.Core.Addresses;
using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Detectors;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Input;
using DirectoryInfo = OutlookNetworking.Core.Input.DirectoryInfo;
using OutlookNetworking.Core.Interactions;

namespace OutlookNetworking.Core.Relationships;

/// <summary>
/// Turns each contact's gathered touches into figures as of now and, for two-way ties, a
/// <see cref="Relationship"/>. Applies the last noise rule, which needs the whole mailbox: received
/// mail classified "Other" from a sender the owner never wrote to is bulk.
/// </summary>
internal sealed class ContactViewBuilder(EngineOptions options, OwnerClock clock, DirectoryInfo directory, NoiseCounter noise)
{
    private readonly HashSet<string> _internalDomains = BuildDomains(directory.InternalDomains);

    public TieStatsCalculator Calculator { get; } = new(options);

    /// <summary>A view per ledger (by the contact's number; null where there is no ledger or no touch left).</summary>
    public ContactView?[] Build(IReadOnlyList<ContactLedger?> ledgers, DateTimeOffset now)
    {
        var nowTicks = now.UtcTicks;
        var nowDay = clock.DayOf(nowTicks);
        var views = new ContactView?[ledgers.Count];
        for (var i = 0; i < ledgers.Count; i++)
        {
            var ledger = ledgers[i];
            if (ledger is null || ledger.Touches.Count == 0)
            {
                continue;
            }

            noise.Add(NoiseReason.Bulk, ledger.DropUnansweredOtherMail());
            if (ledger.Touches.Count == 0)
            {
                continue;
            }

            var monthly = new int[12];
            var stats = Calculator.Compute(ledger.Touches, nowTicks, nowDay, monthly);
            var view = new ContactView(ledger, stats, DisplayNameOf(ledger), IsInternal(ledger.Address));
            if (stats.IsTwoWay)
            {
                view.State = TieClassifier.Classify(stats.FirstContact, stats.LastContact, stats.MedianGapDays,
                    stats.PeakStrength, now, options);
                view.Relationship = ToRelationship(view, stats, monthly);
            }
            else
            {
                noise.Add(NoiseReason.OneWay);
            }

            views[i] = view;
        }

        return views;
    }

    public bool IsInternal(string address)
    {
        var at = address.LastIndexOf('@');
        return _internalDomains.GetAlternateLookup<ReadOnlySpan<char>>().Contains(address.AsSpan(at + 1));
    }

    private Relationship ToRelationship(ContactView view, TieStats stats, int[] monthly)
        => new(
            view.Address,
            view.DisplayName,
            view.IsInternal,
            stats.FirstContact,
            stats.LastContact,
            stats.ContactDays,
            stats.Sent,
            stats.Received,
            stats.Meetings,
            stats.Reciprocity,
            stats.Strength,
            stats.MedianGapDays,
            monthly)
        {
            PeakStrength = stats.PeakStrength,
            Label = StrengthLabels.FromState(view.State, stats.Strength, options),
        };

    /// <summary>The directory's name, else the last name the mail system gave (unless it is an address
    /// or an X500 path).</summary>
    private string? DisplayNameOf(ContactLedger ledger)
    {
        if (directory.DisplayNames.TryGetValue(ledger.Address, out var name) && !string.IsNullOrWhiteSpace(name))
        {
            return name;
        }

        var seen = ledger.SeenName?.Trim();
        if (string.IsNullOrEmpty(seen) || seen.StartsWith('/') || EmailAddresses.Normalize(seen) is not null)
        {
            return null;
        }

        return seen;
    }

    private static HashSet<string> BuildDomains(IEnumerable<string> domains)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var domain in domains)
        {
            if (!string.IsNullOrWhiteSpace(domain))
            {
                set.Add(domain.Trim().TrimStart('@'));
            }
        }

        return set;
    }
}
