namespace OutlookNetworking.Web.Features.Digest;

/// <summary>A mailbox's local time: its time zone (IANA or Windows id, as Exchange stores it), UTC when unknown.</summary>
internal static class MailboxClock
{
    public static TimeZoneInfo Zone(string? id) =>
        id is { Length: > 0 } && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    public static DateTime LocalNow(DateTimeOffset utcNow, string? zone) => TimeZoneInfo.ConvertTime(utcNow, Zone(zone)).DateTime;

    public static DateOnly LocalDate(DateTimeOffset utcNow, string? zone) => DateOnly.FromDateTime(LocalNow(utcNow, zone));

    /// <summary>yyyy-MM-dd, the ledger's form.</summary>
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out date);
}
