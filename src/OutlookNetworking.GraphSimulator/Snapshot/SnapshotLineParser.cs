using System.Globalization;
using System.Text.Json;
using OutlookNetworking.GraphSimulator.Store;

namespace OutlookNetworking.GraphSimulator.Snapshot;

/// <summary>
/// Reads one line of <c>messages.jsonl</c> or <c>events.jsonl</c>: returns the reason it must be
/// skipped, or the loaded item; throws <see cref="SnapshotFormatException"/> for a message line carrying
/// content (<c>body</c>, <c>bodyPreview</c>, <c>uniqueBody</c>, <c>attachments</c>) or an event line carrying
/// attachments. Events may carry <c>body</c> and <c>bodyPreview</c>, as Graph's events do: the simulator serves
/// them only to a token holding <c>Calendars.Read</c> (graph-fidelity GF-6).
/// Used by the loader and by the control surface (items added between syncs follow the same rules).
/// </summary>
internal static class SnapshotLineParser
{
    private static readonly string[] ForbiddenProperties = ["body", "bodyPreview", "uniqueBody", "attachments"];
    private static readonly string[] ForbiddenEventProperties = ["uniqueBody", "attachments"];

    /// <summary>What Graph's calendarView/delta serves of an occurrence (GF-1); a line with more is a full occurrence.</summary>
    private static readonly HashSet<string> SkeletonProperties = new(StringComparer.Ordinal)
    {
        "@odata.type", "@odata.etag", "id", "type", "seriesMasterId", "start", "end",
    };
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    internal static string? TryParseMessage(ReadOnlyMemory<byte> line, string file, int lineNumber, HashSet<string> ids, out LoadedMessage? message)
    {
        message = null;
        using var document = TryParse(line, out var parseError);
        if (document is null)
        {
            return parseError;
        }

        var element = document.RootElement;
        if (element.ValueKind != JsonValueKind.Object)
        {
            return "not a JSON object";
        }

        RejectContent(element, file, lineNumber);
        var id = OptionalString(element, "id");
        if (string.IsNullOrWhiteSpace(id))
        {
            return "missing 'id'";
        }

        var folder = OptionalString(element, "parentFolderId");
        if (string.IsNullOrWhiteSpace(folder))
        {
            return "missing 'parentFolderId'";
        }

        var sent = ReadInstant(element, "sentDateTime", out var sentError);
        var received = ReadInstant(element, "receivedDateTime", out var receivedError);
        if ((sentError ?? receivedError) is { } dateError)
        {
            return dateError;
        }

        if (sent is null && received is null)
        {
            return "no 'sentDateTime' and no 'receivedDateTime'";
        }

        if (!ids.Add(id))
        {
            return $"duplicate id '{id}'";
        }

        message = new LoadedMessage(id, folder, JsonPayload.FromElement(element));
        return null;
    }

    internal static string? TryParseEvent(ReadOnlyMemory<byte> line, string file, int lineNumber, HashSet<string> ids, out LoadedEvent? loaded)
    {
        loaded = null;
        using var document = TryParse(line, out var parseError);
        if (document is null)
        {
            return parseError;
        }

        var element = document.RootElement;
        if (element.ValueKind != JsonValueKind.Object)
        {
            return "not a JSON object";
        }

        RejectContent(element, file, lineNumber, ForbiddenEventProperties);
        var id = OptionalString(element, "id");
        if (string.IsNullOrWhiteSpace(id))
        {
            return "missing 'id'";
        }

        var shape = OptionalString(element, "type") switch
        {
            null or "singleInstance" => EventShape.SingleInstance,
            "seriesMaster" => EventShape.Master,
            "occurrence" => EventShape.Occurrence,
            "exception" => EventShape.Exception,
            _ => (EventShape?)null,
        };
        if (shape is null)
        {
            return $"unknown event type '{OptionalString(element, "type")}'";
        }

        var seriesMasterId = OptionalString(element, "seriesMasterId");
        if (shape is EventShape.Exception && string.IsNullOrEmpty(seriesMasterId))
        {
            return "an exception without 'seriesMasterId'";
        }

        if (!EventTime.TryRead(element, "start", out var start, out var startError))
        {
            return startError;
        }

        if (!EventTime.TryRead(element, "end", out var end, out var endError))
        {
            return endError;
        }

        if (end < start)
        {
            return "'end' is before 'start'";
        }

        if (!ids.Add(id))
        {
            return $"duplicate id '{id}'";
        }

        var isSkeleton = shape == EventShape.Occurrence && element.EnumerateObject().All(p => SkeletonProperties.Contains(p.Name));
        var (zone, localStart) = EventTime.ReadWallClock(element, "start");
        var (_, localEnd) = EventTime.ReadWallClock(element, "end");
        var isAllDay = element.TryGetProperty("isAllDay", out var allDay) && allDay.ValueKind == JsonValueKind.True;
        loaded = new LoadedEvent(id, start, end, JsonPayload.FromElement(element), shape.Value,
            shape == EventShape.Master ? null : seriesMasterId, isSkeleton, new EventClock(zone, isAllDay, localStart, localEnd));
        return null;
    }

    private static void RejectContent(JsonElement element, string file, int lineNumber, string[]? forbiddenNames = null)
    {
        foreach (var property in element.EnumerateObject())
        {
            foreach (var forbidden in forbiddenNames ?? ForbiddenProperties)
            {
                if (string.Equals(property.Name, forbidden, StringComparison.OrdinalIgnoreCase))
                {
                    throw new SnapshotFormatException(
                        $"the line carries '{property.Name}': a snapshot holds metadata only, never message content",
                        file,
                        lineNumber);
                }
            }
        }
    }

    private static JsonDocument? TryParse(ReadOnlyMemory<byte> line, out string? error)
    {
        try
        {
            error = null;
            return JsonDocument.Parse(line, DocumentOptions);
        }
        catch (JsonException exception)
        {
            error = "invalid JSON: " + exception.Message;
            return null;
        }
    }

    private static DateTimeOffset? ReadInstant(JsonElement element, string name, out string? error)
    {
        error = null;
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String && TryParseInstant(value.GetString()) is { } instant)
        {
            return instant;
        }

        error = $"'{name}' is not an ISO 8601 instant";
        return null;
    }

    internal static DateTimeOffset? TryParseInstant(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            ? value
            : null;

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
