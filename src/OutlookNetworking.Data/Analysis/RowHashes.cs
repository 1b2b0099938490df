using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Data.Kept;

namespace OutlookNetworking.Data.Analysis;

/// <summary>The hash of every value a result row stores (<see cref="ResultRows"/>; a suggestion's first-seen time apart,
/// which the night keeps): a column added to a row must be added here too.</summary>
internal static class RowHashes
{
    public static UInt128 Of(Relationship r)
    {
        var w = new RowHasher();
        w.Text(r.DisplayName);
        w.Bool(r.IsInternal);
        Instant(ref w, r.FirstContact);
        Instant(ref w, r.LastContact);
        w.Int(r.ContactDays);
        w.Int(r.Sent);
        w.Int(r.Received);
        w.Int(r.Meetings);
        w.Double(r.Reciprocity);
        w.Double(r.Strength);
        w.Double(r.PeakStrength);
        w.Bool(r.MedianGapDays.HasValue);
        w.Double(r.MedianGapDays ?? 0);
        w.Int(r.MonthlyContactDays.Count);
        foreach (var days in r.MonthlyContactDays)
        {
            w.Int(days);
        }

        w.Text(StrengthLabels.ToWireName(r.Label));
        return w.Hash();
    }

    public static UInt128 Of(Suggestion s)
    {
        var w = new RowHasher();
        w.Int((int)s.Kind);
        w.Text(s.ContactAddress);
        w.Text(s.ContactDisplayName);
        w.Double(s.Score);
        w.Text(s.Reason);
        Evidence(ref w, s.Evidence);
        return w.Hash();
    }

    /// <summary>The summary row's values (<see cref="MailboxAnalysisEntity"/>; its analysed-at time apart), as stored.</summary>
    public static UInt128 OfSummary(string health, string noise, string listOnly, int messageCount, int meetingCount)
    {
        var w = new RowHasher();
        w.Text(health);
        w.Text(noise);
        w.Text(listOnly);
        w.Int(messageCount);
        w.Int(meetingCount);
        return w.Hash();
    }

    /// <summary>Every field of the evidence (stored as JSON): one added to <see cref="SuggestionEvidence"/> must be
    /// added here (RowHashesTests checks that each one moves the hash).</summary>
    private static void Evidence(ref RowHasher w, SuggestionEvidence e)
    {
        w.Text(e.ConversationId);
        w.Text(e.MessageId);
        w.Text(e.MeetingId);
        Instant(ref w, e.AnchorAt);
        Instant(ref w, e.LastContact);
        Instant(ref w, e.FirstContact);
        w.Bool(e.UsualGapDays.HasValue);
        w.Double(e.UsualGapDays ?? 0);
        Number(ref w, e.DaysSilent);
        Number(ref w, e.ContactDays);
        Number(ref w, e.Exchanges);
        Number(ref w, e.CadenceDays);
    }

    private static void Instant(ref RowHasher w, DateTimeOffset? value)
    {
        w.Bool(value.HasValue);
        w.Long(value?.UtcTicks ?? 0);
        w.Long(value?.Offset.Ticks ?? 0);
    }

    private static void Number(ref RowHasher w, int? value)
    {
        w.Bool(value.HasValue);
        w.Int(value ?? 0);
    }
}
