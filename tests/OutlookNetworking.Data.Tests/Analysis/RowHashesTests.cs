using System.Reflection;
using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Data.Analysis;

namespace OutlookNetworking.Data.Tests.Analysis;

/// <summary>The result digests tell a moved row only if its hash covers every value the row stores: each evidence field
/// of a suggestion (stored as JSON) must move the hash, including one added to the record later.</summary>
public sealed class RowHashesTests
{
    private static readonly Suggestion Plain = new("k1", SuggestionKind.FadingTie, "a@contoso.com", "A", 0.5, "Because.",
        new SuggestionEvidence());

    public static TheoryData<string> EvidenceProperties()
    {
        var data = new TheoryData<string>();
        foreach (var property in typeof(SuggestionEvidence).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.Name != "EqualityContract")
            {
                data.Add(property.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EvidenceProperties))]
    public void Every_evidence_field_moves_a_suggestions_hash(string name)
    {
        var property = typeof(SuggestionEvidence).GetProperty(name)!;
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var value = type == typeof(string) ? "x"
            : type == typeof(DateTimeOffset) ? new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero)
            : type == typeof(double) ? 1.5
            : type == typeof(int) ? (object)7
            : throw new InvalidOperationException($"RowHashesTests does not know how to set {name} ({type.Name}): add it.");
        var evidence = new SuggestionEvidence();
        // The record's init-only property, set on a copy (what a detector would have written).
        property.SetValue(evidence, value);

        Assert.NotEqual(RowHashes.Of(Plain), RowHashes.Of(Plain with { Evidence = evidence }));
    }

    [Fact]
    public void A_field_set_to_zero_differs_from_a_field_not_set()
    {
        var zero = Plain with { Evidence = new SuggestionEvidence(DaysSilent: 0) };

        Assert.NotEqual(RowHashes.Of(Plain), RowHashes.Of(zero));
        Assert.Equal(RowHashes.Of(zero), RowHashes.Of(Plain with { Evidence = new SuggestionEvidence(DaysSilent: 0) }));
    }

    [Fact]
    public void Every_relationship_value_moves_its_hash()
    {
        var month = Enumerable.Repeat(1, 12).ToList();
        var r = new Relationship("a@contoso.com", "A", false, new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), 10, 3, 4, 1, 0.5, 0.4, 12.0, month)
        {
            PeakStrength = 0.6, Label = StrengthLabel.Steady,
        };
        var variants = new[]
        {
            r with { DisplayName = "B" }, r with { IsInternal = true }, r with { FirstContact = r.FirstContact.AddDays(1) },
            r with { LastContact = r.LastContact.AddDays(1) }, r with { ContactDays = 11 }, r with { Sent = 4 },
            r with { Received = 5 }, r with { Meetings = 2 }, r with { Reciprocity = 0.6 }, r with { Strength = 0.5 },
            r with { PeakStrength = 0.7 }, r with { MedianGapDays = null }, r with { MonthlyContactDays = [.. month.Skip(1), 2] },
            r with { Label = StrengthLabel.Strong },
        };

        Assert.All(variants, v => Assert.NotEqual(RowHashes.Of(r), RowHashes.Of(v)));
    }

    [Fact]
    public void Text_values_are_told_apart_by_where_they_split_and_by_null()
    {
        var a = Plain with { ContactDisplayName = "ab", Reason = "c" };
        var b = Plain with { ContactDisplayName = "a", Reason = "bc" };
        var none = Plain with { ContactDisplayName = null };
        var empty = Plain with { ContactDisplayName = "" };

        Assert.NotEqual(RowHashes.Of(a), RowHashes.Of(b));
        Assert.NotEqual(RowHashes.Of(none), RowHashes.Of(empty));
        Assert.Equal(RowHashes.Of(a), RowHashes.Of(Plain with { ContactDisplayName = "ab", Reason = "c" }));
    }

    [Fact]
    public void A_long_row_hashes_the_same_every_time_and_apart_from_a_near_copy()
    {
        // Longer than the hasher's first buffer: it grows and keeps every value.
        var reason = new string('r', 2_000);
        var long1 = Plain with { Reason = reason + "x" };
        var long2 = Plain with { Reason = reason + "y" };

        Assert.Equal(RowHashes.Of(long1), RowHashes.Of(Plain with { Reason = reason + "x" }));
        Assert.NotEqual(RowHashes.Of(long1), RowHashes.Of(long2));
    }
}
