using System.Globalization;
using System.Text.Json;
using OutlookNetworking.GraphSimulator.Store;

namespace OutlookNetworking.GraphSimulator.Snapshot;

/// <summary>
/// Reads one line of <c>messages.jsonl</c> or <c>events.jsonl</c>: returns the reason it must be
/// skipped, or the loaded item; throws <see cref="SnapshotFormatException"/> for a line carrying
/// content (<c>body</c>, <c>bodyPreview</c>, <c>uniqueBody</c>, <c>attachments</c>).
/// Used by the loader and by the control surface (items added between syncs follow the same rules).
/// </summary>
internal static class SnapshotLineParser
{
    private static readonly string[] ForbiddenProperties = ["body", "bodyPreview", "uniqueBody", "attachments"];
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

        RejectContent(element, file, lineNumber);
        var id = OptionalString(element, "id");
        if (string.IsNullOrWhiteSpace(id))
        {
            return "missing 'id'";
        }

        if (string.Equals(OptionalString(element, "type"), "seriesMaster", StringComparison.OrdinalIgnoreCase))
        {
            return "a series master (calendarView returns occurrences, not masters)";
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

        loaded = new LoadedEvent(id, start, end, JsonPayload.FromElement(element));
        return null;
    }

    private static void RejectContent(JsonElement element, string file, int lineNumber)
    {
        foreach (var property in element.EnumerateObject())
        {
            foreach (var forbidden in ForbiddenProperties)
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
