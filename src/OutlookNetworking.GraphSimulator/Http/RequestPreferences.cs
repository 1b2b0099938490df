using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace OutlookNetworking.GraphSimulator.Http;

/// <summary>The <c>Prefer</c> header values the simulator honours.</summary>
/// <param name="Raw">Every Prefer header value joined with ", ", or null.</param>
/// <param name="MaxPageSize">odata.maxpagesize, when sent and a positive integer.</param>
/// <param name="ImmutableId">Whether IdType="ImmutableId" was sent.</param>
internal sealed record RequestPreferences(string? Raw, int? MaxPageSize, bool ImmutableId)
{
    /// <summary><c>outlook.timezone</c>: the zone event times are asked in, when sent.</summary>
    public string? OutlookTimeZone { get; init; }

    public static RequestPreferences Parse(IHeaderDictionary headers)
    {
        var values = headers["Prefer"];
        if (values.Count == 0)
        {
            return new RequestPreferences(null, null, false);
        }

        int? maxPageSize = null;
        var immutable = false;
        string? timeZone = null;
        foreach (var value in values)
        {
            foreach (var part in (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var equals = part.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    continue;
                }

                var name = part[..equals].Trim();
                var argument = part[(equals + 1)..].Trim().Trim('"');
                if (string.Equals(name, "odata.maxpagesize", StringComparison.OrdinalIgnoreCase)
                    && int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size > 0)
                {
                    maxPageSize = size;
                }
                else if (string.Equals(name, "IdType", StringComparison.OrdinalIgnoreCase)
                    && string.Equals(argument, "ImmutableId", StringComparison.OrdinalIgnoreCase))
                {
                    immutable = true;
                }
                else if (string.Equals(name, "outlook.timezone", StringComparison.OrdinalIgnoreCase) && argument.Length > 0)
                {
                    timeZone = argument;
                }
            }
        }

        return new RequestPreferences(string.Join(", ", values.ToArray()), maxPageSize, immutable) { OutlookTimeZone = timeZone };
    }

    public static RequestPreferences Of(HttpContext context) =>
        context.Items.TryGetValue(typeof(RequestPreferences), out var value) && value is RequestPreferences preferences
            ? preferences
            : Parse(context.Request.Headers);
}
