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
        Evidence(w, s.Evidence);
    });

    /// <summary>Every field of the evidence (stored as JSON): one added to <see cref="SuggestionEvidence"/> must be
    /// added here (RowHashesTests checks that each one moves the hash).</summary>
    private static void Evidence(BinaryWriter w, SuggestionEvidence e)
    {
        Text(w, e.ConversationId);
        Text(w, e.MessageId);
        Text(w, e.MeetingId);
        Instant(w, e.AnchorAt);
        Instant(w, e.LastContact);
        Instant(w, e.FirstContact);
        w.Write(e.UsualGapDays.HasValue);
        w.Write(e.UsualGapDays ?? 0);
        Number(w, e.DaysSilent);
        Number(w, e.ContactDays);
        Number(w, e.Exchanges);
        Number(w, e.CadenceDays);
    }

    private static void Instant(BinaryWriter w, DateTimeOffset? value)
    {
        w.Write(value.HasValue);
        w.Write(value?.UtcTicks ?? 0);
        w.Write(value?.Offset.Ticks ?? 0);
    }

    private static void Number(BinaryWriter w, int? value)
    {
        w.Write(value.HasValue);
        w.Write(value ?? 0);
    }

    private static void Text(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        w.Write(value ?? "");
    }
}
