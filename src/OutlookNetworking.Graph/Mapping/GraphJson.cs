using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using OutlookNetworking.Core.Input;

namespace OutlookNetworking.Graph.Mapping;

/// <summary>Tolerant readers of Graph JSON: a field of the wrong type reads as missing.</summary>
internal static class GraphJson
{
    public static string? String(JsonElement item, ReadOnlySpan<byte> name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static bool Bool(JsonElement item, ReadOnlySpan<byte> name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    public static DateTimeOffset? Instant(JsonElement item, ReadOnlySpan<byte> name)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        // Graph writes instants as ISO 8601 in UTC ("…Z"): read those straight from the UTF-8 bytes. Anything else
        // (another offset, no offset, another layout) takes the tolerant path, where no offset means UTC.
        var raw = JsonMarshal.GetRawUtf8Value(value);
        if (raw.Length > 2 && raw[^2] == (byte)'Z' && value.TryGetDateTimeOffset(out var utc))
        {
            return InRange(utc) ? utc.ToUniversalTime() : null;
        }

        return DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at) && InRange(at)
            ? at
            : null;
    }

    /// <summary>
    /// Graph's dateTimeTimeZone: a local date-time (seven fractional digits, no offset) plus a Windows or IANA zone
    /// (graph-fidelity GF-5). An all-day event's times are midnight to midnight whatever zone they are labelled with:
    /// its day is read as it is written (<paramref name="floating"/>), at midnight UTC.
    /// </summary>
    public static DateTimeOffset? ZonedInstant(JsonElement item, ReadOnlySpan<byte> name, bool floating = false)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var text = String(value, "dateTime"u8);
        if (text is null || !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var local))
        {
            return null;
        }

        if (local.Kind != DateTimeKind.Unspecified)
        {
            // The text carries its own offset ("Z", "+02:00"): it wins over the zone label.
            var stamped = new DateTimeOffset(local.ToUniversalTime(), TimeSpan.Zero);
            return InRange(stamped) ? stamped : null;
        }

        var zone = floating ? null : String(value, "timeZone"u8);
        TimeSpan offset;
        if (string.IsNullOrEmpty(zone) || zone.Equals("UTC", StringComparison.OrdinalIgnoreCase)
                                       || zone.Equals("Etc/UTC", StringComparison.OrdinalIgnoreCase))
        {
            offset = TimeSpan.Zero;
        }
        else if (TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var tz))
        {
            offset = tz.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified));
        }
        else
        {
            return null;
        }

        var at = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset).ToUniversalTime();
        return InRange(at) ? at : null;
    }

    /// <summary>A recipient: <c>{"emailAddress":{"name":…,"address":…}}</c>. Null when not that shape.</summary>
    public static Party? Recipient(JsonElement recipient)
    {
        if (recipient.ValueKind != JsonValueKind.Object
            || !recipient.TryGetProperty("emailAddress"u8, out var email) || email.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return new Party(String(email, "address"u8), String(email, "name"u8));
    }

    public static Party? RecipientProperty(JsonElement item, ReadOnlySpan<byte> name) =>
        item.TryGetProperty(name, out var value) ? Recipient(value) : null;

    /// <summary>A recipient list; entries of the wrong shape are dropped, the rest kept.</summary>
    public static IReadOnlyList<Party> Recipients(JsonElement item, ReadOnlySpan<byte> name)
    {
        if (!item.TryGetProperty(name, out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            return [];
        }

        var result = new List<Party>(list.GetArrayLength());
        foreach (var entry in list.EnumerateArray())
        {
            if (Recipient(entry) is { } party)
            {
                result.Add(party);
            }
        }

        return result;
    }

    /// <summary>Dates Graph can really hold; anything else is a corrupt value.</summary>
    private static bool InRange(DateTimeOffset at) => at.Year is >= 1990 and <= 2200;
}
