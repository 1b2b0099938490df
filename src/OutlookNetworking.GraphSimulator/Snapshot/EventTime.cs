using System.Globalization;
using System.Text.Json;

namespace OutlookNetworking.GraphSimulator.Snapshot;

/// <summary>Reads a Graph <c>dateTimeTimeZone</c> (<c>{"dateTime":"…","timeZone":"…"}</c>) as a UTC instant.</summary>
internal static class EventTime
{
    /// <summary>The format Graph writes <c>dateTime</c> in.</summary>
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff";

    public static bool TryRead(JsonElement element, string name, out DateTimeOffset instant, out string? error)
    {
        instant = default;
        error = null;
        if (!element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Object)
        {
            error = $"missing '{name}'";
            return false;
        }

        if (!value.TryGetProperty("dateTime", out var dateTime) || dateTime.ValueKind != JsonValueKind.String
            || !DateTime.TryParse(dateTime.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var local))
        {
            error = $"'{name}.dateTime' is not an ISO 8601 date and time";
            return false;
        }

        var zoneId = value.TryGetProperty("timeZone", out var zone) && zone.ValueKind == JsonValueKind.String
            ? zone.GetString()
            : null;
        if (local.Kind != DateTimeKind.Unspecified)
        {
            // The text carried its own offset ("Z" or "+02:00"): that wins over timeZone.
            instant = new DateTimeOffset(local.ToUniversalTime(), TimeSpan.Zero);
            return true;
        }

        if (string.IsNullOrEmpty(zoneId) || string.Equals(zoneId, "UTC", StringComparison.OrdinalIgnoreCase))
        {
            instant = new DateTimeOffset(local, TimeSpan.Zero);
            return true;
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var timeZone))
        {
            error = $"'{name}.timeZone' is an unknown time zone: '{zoneId}'";
            return false;
        }

        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        instant = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(unspecified, timeZone), TimeSpan.Zero);
        return true;
    }

    public static string ToGraphDateTime(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);
}
