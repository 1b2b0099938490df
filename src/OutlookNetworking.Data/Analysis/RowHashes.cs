using System.Text.Json;
using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Data.Kept;

namespace OutlookNetworking.Data.Analysis;

/// <summary>The hash of every value a result row stores (<see cref="ResultRows"/>; a suggestion's first-seen time apart,
/// which the night keeps): a column added to a row must be added here too.</summary>
internal static class RowHashes
{
    public static UInt128 Of(Relationship r) => ResultDigest.Hash(w =>
    {
        Text(w, r.DisplayName);
        w.Write(r.IsInternal);
        w.Write(r.FirstContact.UtcTicks);
        w.Write(r.FirstContact.Offset.Ticks);
        w.Write(r.LastContact.UtcTicks);
        w.Write(r.LastContact.Offset.Ticks);
        w.Write(r.ContactDays);
        w.Write(r.Sent);
        w.Write(r.Received);
        w.Write(r.Meetings);
        w.Write(r.Reciprocity);
        w.Write(r.Strength);
        w.Write(r.PeakStrength);
        w.Write(r.MedianGapDays.HasValue);
        w.Write(r.MedianGapDays ?? 0);
        w.Write(r.MonthlyContactDays.Count);
        foreach (var days in r.MonthlyContactDays)
        {
            w.Write(days);
        }

        w.Write(StrengthLabels.ToWireName(r.Label));
    });

    public static UInt128 Of(Suggestion s) => ResultDigest.Hash(w =>
    {
        w.Write((int)s.Kind);
        w.Write(s.ContactAddress);
        Text(w, s.ContactDisplayName);
        w.Write(s.Score);
        w.Write(s.Reason);
        w.Flush();
        JsonSerializer.Serialize(w.BaseStream, s.Evidence, DataJsonContext.Default.SuggestionEvidence);
    });

    private static void Text(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        w.Write(value ?? "");
    }
}
