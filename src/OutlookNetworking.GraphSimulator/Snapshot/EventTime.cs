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

    public static string ToGraphDateTime(DateTime wallClock) =>
        wallClock.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>The zone a <c>dateTimeTimeZone</c> names (<c>UTC</c> when it names none) and its wall-clock time as written.</summary>
    public static (string Zone, DateTime WallClock) ReadWallClock(JsonElement element, string name)
    {
        var value = element.GetProperty(name);
        var zone = value.TryGetProperty("timeZone", out var z) && z.ValueKind == JsonValueKind.String && z.GetString() is { Length: > 0 } text
            ? text
            : "UTC";
        var local = DateTime.Parse(value.GetProperty("dateTime").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        return local.Kind == DateTimeKind.Unspecified ? (zone, local) : ("UTC", local.ToUniversalTime());
    }

    /// <summary>A UTC instant as the wall-clock time of <paramref name="zone"/> (a Windows or IANA id); UTC for an unknown zone.</summary>
    public static DateTime InZone(DateTimeOffset instant, string zone) =>
        IsUtc(zone) || !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var timeZone)
            ? instant.UtcDateTime
            : TimeZoneInfo.ConvertTimeFromUtc(instant.UtcDateTime, timeZone);

    /// <summary>Whether <paramref name="zone"/> is a zone Graph can serve times in (UTC, or a known Windows or IANA id).</summary>
    public static bool IsKnownZone(string zone) => IsUtc(zone) || TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _);

    private static bool IsUtc(string zone) =>
        string.Equals(zone, "UTC", StringComparison.OrdinalIgnoreCase) || string.Equals(zone, "Etc/UTC", StringComparison.OrdinalIgnoreCase);
}
