using System.Globalization;
using OutlookNetworking.Core.Analysis;

namespace OutlookNetworking.Core.Tests.Support;

/// <summary>Compares two analyses field by field: counts, dates, texts and keys equal; figures (strength, scores,
/// reciprocity, health) within <see cref="Tolerance"/>.</summary>
internal static class ResultAssert
{
    public const double Tolerance = 1e-9;

    /// <summary>Fails with the first difference, prefixed by <paramref name="where"/>.</summary>
    public static void Same(AnalysisResult expected, AnalysisResult actual, string where)
    {
        if (Difference(expected, actual) is { } difference)
        {
            Assert.Fail($"{where}: {difference}");
        }
    }

    public static string? Difference(AnalysisResult expected, AnalysisResult actual)
    {
        if (expected.Now != actual.Now)
        {
            return $"instant {expected.Now:O} vs {actual.Now:O}";
        }

        var a = expected.Relationships.OrderBy(r => r.ContactAddress, StringComparer.Ordinal).ToList();
        var b = actual.Relationships.OrderBy(r => r.ContactAddress, StringComparer.Ordinal).ToList();
        if (a.Count != b.Count)
        {
            return $"{a.Count} relationships vs {b.Count}: " + string.Join(",", a.Select(r => r.ContactAddress).Except(b.Select(r => r.ContactAddress)))
                + " / " + string.Join(",", b.Select(r => r.ContactAddress).Except(a.Select(r => r.ContactAddress)));
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (Relationship(a[i], b[i]) is { } difference)
            {
                return $"relationship {a[i].ContactAddress}: {difference}";
            }
        }

        if (expected.Suggestions.Count != actual.Suggestions.Count)
        {
            return $"{expected.Suggestions.Count} suggestions vs {actual.Suggestions.Count}: "
                + string.Join(",", expected.Suggestions.Select(Describe).Except(actual.Suggestions.Select(Describe)))
                + " / " + string.Join(",", actual.Suggestions.Select(Describe).Except(expected.Suggestions.Select(Describe)));
        }

        for (var i = 0; i < expected.Suggestions.Count; i++)
        {
            if (Suggestion(expected.Suggestions[i], actual.Suggestions[i]) is { } difference)
            {
                return $"suggestion {i + 1}: {difference}";
            }
        }

        var listsA = string.Join(";", expected.ListOnlyContacts.Select(Text));
        var listsB = string.Join(";", actual.ListOnlyContacts.Select(Text));
        if (listsA != listsB)
        {
            return $"list-only contacts {listsA} vs {listsB}";
        }

        var noiseA = string.Join(",", expected.Noise.Counts.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => $"{n.Key}={n.Value}"));
        var noiseB = string.Join(",", actual.Noise.Counts.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => $"{n.Key}={n.Value}"));
        if (noiseA != noiseB)
        {
            return $"noise {noiseA} vs {noiseB}";
        }

        return Health(expected.Health, actual.Health);
    }

    private static string? Relationship(Relationship a, Relationship b)
    {
        if (a.ContactAddress != b.ContactAddress || a.DisplayName != b.DisplayName || a.IsInternal != b.IsInternal
            || a.FirstContact != b.FirstContact || a.LastContact != b.LastContact || a.ContactDays != b.ContactDays
            || a.Sent != b.Sent || a.Received != b.Received || a.Meetings != b.Meetings || a.Label != b.Label
            || a.MedianGapDays != b.MedianGapDays || !a.MonthlyContactDays.SequenceEqual(b.MonthlyContactDays))
        {
            return $"{Text(a)} vs {Text(b)}";
        }

        return Close(a.Strength, b.Strength) && Close(a.PeakStrength, b.PeakStrength) && Close(a.Reciprocity, b.Reciprocity)
            ? null
            : $"figures {a.Strength:R}/{a.PeakStrength:R}/{a.Reciprocity:R} vs {b.Strength:R}/{b.PeakStrength:R}/{b.Reciprocity:R}";
    }

    private static string? Suggestion(RankedSuggestion a, RankedSuggestion b)
    {
        var (x, y) = (a.Suggestion, b.Suggestion);
        if (a.Rank != b.Rank || a.Today != b.Today || x.Key != y.Key || x.Kind != y.Kind || x.ContactAddress != y.ContactAddress
            || x.ContactDisplayName != y.ContactDisplayName || x.Reason != y.Reason || !Close(x.Score, y.Score))
        {
            return $"{Describe(a)} vs {Describe(b)}";
        }

        var (e, f) = (x.Evidence, y.Evidence);
        var same = e.ConversationId == f.ConversationId && e.MessageId == f.MessageId && e.MeetingId == f.MeetingId
                   && e.AnchorAt == f.AnchorAt && e.LastContact == f.LastContact && e.FirstContact == f.FirstContact
                   && e.UsualGapDays == f.UsualGapDays && e.DaysSilent == f.DaysSilent && e.ContactDays == f.ContactDays
                   && e.Exchanges == f.Exchanges && e.CadenceDays == f.CadenceDays;
        return same ? null : $"evidence {e} vs {f}";
    }

    private static string? Health(NetworkHealth a, NetworkHealth b)
    {
        (string Name, HealthFigure A, HealthFigure B)[] figures =
        [
            ("active", a.ActiveTies, b.ActiveTies), ("new", a.NewTiesThisMonth, b.NewTiesThisMonth),
            ("fading", a.FadingTies, b.FadingTies), ("dormant", a.DormantTies, b.DormantTies),
            ("external", a.ExternalShare, b.ExternalShare), ("reciprocity", a.Reciprocity, b.Reciprocity),
        ];
        foreach (var (name, x, y) in figures)
        {
            if (!Close(x.Value, y.Value) || !Close(x.Previous, y.Previous))
            {
                return $"health {name} {x} vs {y}";
            }
        }

        return null;
    }

    private static bool Close(double a, double b) => Math.Abs(a - b) <= Tolerance;

    private static string Describe(RankedSuggestion s)
        => string.Create(CultureInfo.InvariantCulture,
            $"{s.Rank}:{s.Suggestion.Kind}:{s.Suggestion.ContactAddress}:{s.Suggestion.Key}:{s.Suggestion.Score:R}:{s.Suggestion.Reason}");

    private static string Text(ListOnlyContact c)
        => string.Create(CultureInfo.InvariantCulture,
            $"[{c.ContactAddress} {string.Join('|', c.Lists)} {c.ListCount} {c.ListMessages} {c.LastListMail:O}]");

    private static string Text(Relationship r)
        => string.Create(CultureInfo.InvariantCulture,
            $"[{r.DisplayName} {r.IsInternal} {r.FirstContact:O} {r.LastContact:O} {r.ContactDays} {r.Sent}/{r.Received}/{r.Meetings} {r.Label} {r.MedianGapDays} {string.Join(' ', r.MonthlyContactDays)}]");
}
