using System.Globalization;
using System.Text.Json.Nodes;
using OutlookNetworking.GraphSimulator.Snapshot;
using OutlookNetworking.GraphSimulator.Store;

namespace OutlookNetworking.GraphSimulator.Control;

/// <summary>What the control surface does to a recurring series (see <see cref="SimulatorControl.DeleteSeries"/>,
/// <see cref="SimulatorControl.CancelOccurrence"/>, <see cref="SimulatorControl.MoveOccurrence"/>).</summary>
internal static class CalendarSeriesEdits
{
    public static void DeleteSeries(MailboxStore mailbox, string seriesMasterId)
    {
        var series = mailbox.Events.Series(ItemIds.Normalize(seriesMasterId));
        if (series.Count == 0 || series[0].Traits!.Role != SeriesRole.Master)
        {
            throw new KeyNotFoundException($"No series master '{seriesMasterId}'.");
        }

        foreach (var item in series)
        {
            mailbox.Events.Delete(item.Id);
        }
    }

    public static void CancelOccurrence(MailboxStore mailbox, string occurrenceId)
    {
        var id = ItemIds.Normalize(occurrenceId);
        if (mailbox.Events.Find(id) is not { Traits.Role: SeriesRole.Member } || !mailbox.Events.Delete(id))
        {
            throw new KeyNotFoundException($"No occurrence '{occurrenceId}'.");
        }
    }

    public static void MoveOccurrence(MailboxStore mailbox, string occurrenceId, DateTimeOffset start, DateTimeOffset? end)
    {
        var id = ItemIds.Normalize(occurrenceId);
        if (mailbox.Events.Find(id) is not { Traits: { Role: SeriesRole.Member, SeriesId: { } seriesId } traits } occurrence)
        {
            throw new KeyNotFoundException($"No occurrence '{occurrenceId}'.");
        }

        var newEnd = end ?? start + (occurrence.End - occurrence.Start);
        if (newEnd < start)
        {
            throw new ArgumentException("The end is before the start.", nameof(end));
        }

        // An exception is a full event: the master's fields, the occurrence's identity, the new times.
        var fields = mailbox.Events.Find(seriesId)?.Payload?.ToJsonObject() ?? [];
        foreach (var (name, value) in occurrence.Payload!.ToJsonObject())
        {
            fields[name] = value?.DeepClone();
        }

        fields.Remove("recurrence");
        fields["id"] = id;
        fields["type"] = "exception";
        fields["seriesMasterId"] = seriesId;
        fields["originalStart"] = occurrence.Start.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        fields["start"] = Time(start);
        fields["end"] = Time(newEnd);
        var clock = traits.Clock.IsAllDay
            ? traits.Clock with { LocalStart = start.UtcDateTime, LocalEnd = newEnd.UtcDateTime }
            : EventClock.Utc(start, newEnd);
        mailbox.Events.Update(id, JsonPayload.FromNode(fields), start, newEnd, traits with { Clock = clock });
    }

    private static JsonObject Time(DateTimeOffset instant) => new()
    {
        ["dateTime"] = EventTime.ToGraphDateTime(instant),
        ["timeZone"] = "UTC",
    };
}
