using System.Globalization;
using System.Text.Json.Nodes;
using OutlookNetworking.GraphSimulator.Store;

namespace OutlookNetworking.GraphSimulator.Snapshot;

/// <summary>
/// Brings one mailbox's event lines into the shape Graph serves (graph-fidelity GF-1). Snapshots written before
/// masters were kept list every occurrence in full and no master: for each such series a master is made up from
/// its first occurrence (its fields, a <c>recurrence</c> read from the occurrences' rhythm, the first occurrence's
/// start and end), and each full occurrence becomes what Graph would serve: a skeleton when its fields are the
/// master's, an exception (a full event) when they differ. So an old snapshot gives the same meetings as before,
/// in Graph's shape. Lines already in Graph's shape are kept as they are.
/// </summary>
internal static class SeriesShaper
{
    /// <summary>Fields an occurrence has of its own; every other field comes from its master.</summary>
    private static readonly HashSet<string> OwnFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "@odata.type", "@odata.etag", "@odata.context", "id", "type", "seriesMasterId", "start", "end", "iCalUId",
        "originalStart", "originalStartTimeZone", "originalEndTimeZone", "recurrence", "changeKey", "createdDateTime",
        "lastModifiedDateTime", "webLink",
    };

    private static readonly string[] SkeletonFields = ["type", "seriesMasterId", "start", "end"];

    public static List<LoadedEvent> Shape(List<LoadedEvent> events) => InheritAllDay(ShapeOccurrences(events));

    private static List<LoadedEvent> ShapeOccurrences(List<LoadedEvent> events)
    {
        var byId = new Dictionary<string, LoadedEvent>(StringComparer.Ordinal);
        foreach (var loaded in events)
        {
            byId.TryAdd(loaded.Id, loaded);
        }

        var full = events.Where(e => e is { Shape: EventShape.Occurrence, IsSkeleton: false, SeriesMasterId: not null }).ToList();
        if (full.Count == 0)
        {
            return events;
        }

        var madeUp = new Dictionary<string, LoadedEvent>(StringComparer.Ordinal);
        foreach (var series in full.GroupBy(e => e.SeriesMasterId!, StringComparer.Ordinal))
        {
            if (!byId.ContainsKey(series.Key))
            {
                madeUp[series.Key] = MakeMaster(series.Key, [.. series.OrderBy(e => e.Start)]);
            }
        }

        var result = new List<LoadedEvent>(events.Count + madeUp.Count);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var loaded in events)
        {
            if (loaded is not { Shape: EventShape.Occurrence, IsSkeleton: false, SeriesMasterId: { } seriesId })
            {
                result.Add(loaded);
                continue;
            }

            var master = madeUp.GetValueOrDefault(seriesId) ?? byId[seriesId];
            if (master.Shape != EventShape.Master)
            {
                result.Add(loaded);
                continue;
            }

            if (madeUp.ContainsKey(seriesId) && written.Add(seriesId))
            {
                result.Add(master);
            }

            result.Add(Reduce(loaded, master));
        }

        return result;
    }

    /// <summary>A skeleton carries no <c>isAllDay</c>: an all-day series' occurrences are all-day (GF-5).</summary>
    private static List<LoadedEvent> InheritAllDay(List<LoadedEvent> events)
    {
        var allDay = events.Where(e => e is { Shape: EventShape.Master, Clock.IsAllDay: true }).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        if (allDay.Count == 0)
        {
            return events;
        }

        for (var i = 0; i < events.Count; i++)
        {
            if (events[i] is { IsSkeleton: true, SeriesMasterId: { } master } skeleton && allDay.Contains(master))
            {
                events[i] = skeleton with { Clock = skeleton.Clock with { IsAllDay = true } };
            }
        }

        return events;
    }

    /// <summary>A full occurrence as Graph serves it: a skeleton, or an exception when it differs from its master.</summary>
    private static LoadedEvent Reduce(LoadedEvent occurrence, LoadedEvent master)
    {
        var fields = occurrence.Payload.ToJsonObject();
        if (SameAsMaster(occurrence.Payload, master.Payload))
        {
            var skeleton = new JsonObject();
            foreach (var name in SkeletonFields)
            {
                skeleton[name] = fields[name]?.DeepClone();
            }

            skeleton["id"] = occurrence.Id;
            return occurrence with { Payload = JsonPayload.FromNode(skeleton), IsSkeleton = true };
        }

        fields["type"] = "exception";
        return occurrence with { Payload = JsonPayload.FromNode(fields), Shape = EventShape.Exception };
    }

    private static bool SameAsMaster(JsonPayload occurrence, JsonPayload master)
    {
        foreach (var field in occurrence.FieldIds().Concat(master.FieldIds()).Distinct())
        {
            if (OwnFields.Contains(FieldNames.Name(field)))
            {
                continue;
            }

            var inOccurrence = occurrence.TryGetRaw(field, out var a);
            var inMaster = master.TryGetRaw(field, out var b);
            if (inOccurrence != inMaster || !a.SequenceEqual(b))
            {
                return false;
            }
        }

        return true;
    }

    private static LoadedEvent MakeMaster(string id, List<LoadedEvent> occurrences)
    {
        var first = occurrences[0];
        var fields = first.Payload.ToJsonObject();
        fields.Remove("seriesMasterId");
        fields["id"] = id;
        fields["type"] = "seriesMaster";
        fields["recurrence"] = Recurrence(occurrences);
        return first with
        {
            Id = id,
            Payload = JsonPayload.FromNode(fields),
            Shape = EventShape.Master,
            SeriesMasterId = null,
            IsSkeleton = false,
        };
    }

    /// <summary>A <c>patternedRecurrence</c> read from the occurrences: weekly when they are whole weeks apart, else daily.</summary>
    private static JsonObject Recurrence(List<LoadedEvent> occurrences)
    {
        var first = occurrences[0].Clock.LocalStart;
        var last = occurrences[^1].Clock.LocalStart;
        var days = occurrences.Count > 1 ? Math.Max(1, (int)Math.Round((occurrences[1].Start - occurrences[0].Start).TotalDays)) : 7;
        var pattern = days % 7 == 0
            ? new JsonObject
            {
                ["type"] = "weekly", ["interval"] = days / 7,
                ["daysOfWeek"] = new JsonArray(JsonValue.Create(first.DayOfWeek.ToString().ToLowerInvariant())),
                ["firstDayOfWeek"] = "sunday",
            }
            : new JsonObject { ["type"] = "daily", ["interval"] = days };
        return new JsonObject
        {
            ["pattern"] = pattern,
            ["range"] = new JsonObject
            {
                ["type"] = "endDate",
                ["startDate"] = first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["endDate"] = last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["recurrenceTimeZone"] = occurrences[0].Clock.Zone,
            },
        };
    }
}
