using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlookNetworking.GraphSimulator.Store;

/// <summary>
/// One stored Graph object, parsed once: its top-level property values as minified UTF-8 JSON
/// in a single buffer, indexed by interned field id. Immutable, so a page can be written
/// outside the mailbox lock; an update replaces the whole payload.
/// </summary>
internal sealed class JsonPayload
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_output;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    [ThreadStatic]
    private static List<PropertySlice>? t_properties;

    private readonly byte[] _buffer;
    private readonly PropertySlice[] _properties;

    private JsonPayload(byte[] buffer, PropertySlice[] properties)
    {
        _buffer = buffer;
        _properties = properties;
    }

    public int PropertyCount => _properties.Length;

    /// <summary>Builds a payload from a JSON object element, minifying each value.</summary>
    public static JsonPayload FromElement(JsonElement element)
    {
        // Loading reuses one buffer, writer and list per thread: only the final arrays are allocated.
        var output = t_output ??= new ArrayBufferWriter<byte>(4096);
        var properties = t_properties ??= new List<PropertySlice>(32);
        var writer = t_writer ??= new Utf8JsonWriter(output, new JsonWriterOptions { SkipValidation = true });
        output.ResetWrittenCount();
        properties.Clear();
        foreach (var property in element.EnumerateObject())
        {
            writer.Reset(output); // each value is a root value: no separator before it
            var start = output.WrittenCount;
            property.Value.WriteTo(writer);
            writer.Flush();
            properties.Add(new PropertySlice(FieldNames.GetOrAdd(property.Name), start, output.WrittenCount - start));
        }

        return new JsonPayload(output.WrittenSpan.ToArray(), [.. properties]);
    }

    public static JsonPayload FromNode(JsonObject node)
    {
        using var document = JsonDocument.Parse(node.ToJsonString());
        return FromElement(document.RootElement);
    }

    public bool TryGetRaw(int fieldId, out ReadOnlySpan<byte> raw)
    {
        foreach (var property in _properties)
        {
            if (property.FieldId == fieldId)
            {
                raw = _buffer.AsSpan(property.Start, property.Length);
                return true;
            }
        }

        raw = default;
        return false;
    }

    public bool Has(int fieldId) => TryGetRaw(fieldId, out _);

    public string? GetString(int fieldId)
    {
        if (!TryGetRaw(fieldId, out var raw) || raw.Length == 0 || raw[0] != (byte)'"')
        {
            return null;
        }

        var reader = new Utf8JsonReader(raw);
        reader.Read();
        return reader.GetString();
    }

    public IEnumerable<int> FieldIds()
    {
        foreach (var property in _properties)
        {
            yield return property.FieldId;
        }
    }

    /// <summary>Writes every stored property except those in <paramref name="skip"/>.</summary>
    public void WriteAll(Utf8JsonWriter writer, ReadOnlySpan<int> skip)
    {
        foreach (var property in _properties)
        {
            if (skip.Contains(property.FieldId))
            {
                continue;
            }

            writer.WritePropertyName(FieldNames.Encoded(property.FieldId));
            writer.WriteRawValue(_buffer.AsSpan(property.Start, property.Length), skipInputValidation: true);
        }
    }

    /// <summary>A mutable copy, for control-surface updates.</summary>
    public JsonObject ToJsonObject()
    {
        var result = new JsonObject();
        foreach (var property in _properties)
        {
            result[FieldNames.Name(property.FieldId)] = JsonNode.Parse(_buffer.AsSpan(property.Start, property.Length));
        }

        return result;
    }

    private readonly record struct PropertySlice(int FieldId, int Start, int Length);
}
