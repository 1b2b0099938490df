using System.Text.Json;

namespace OutlookNetworking.Graph.Mapping;

/// <summary>
/// Reads one delta page (<c>{"value":[…],"@odata.nextLink"|"@odata.deltaLink":…}</c>) with
/// <see cref="JsonDocument"/> (tens of times faster than the SDK's models) and maps each item on its
/// own, so one bad item is skipped and counted while the rest of the page is kept. A page that is not
/// valid JSON, or has neither link, throws <see cref="MalformedPageException"/>: nothing of it is stored.
/// </summary>
public static class DeltaPageParser
{
    public static async Task<MappedPage<T>> ParseAsync<T>(Stream body, Func<JsonElement, MapResult<T>> map,
        CancellationToken cancellationToken)
        where T : class
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(body, default, cancellationToken);
        }
        catch (JsonException ex)
        {
            throw new MalformedPageException("The delta page is not valid JSON (truncated or corrupt).", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new MalformedPageException("The delta page is not a JSON object.");
            }

            var nextLink = GraphJson.String(root, "@odata.nextLink"u8);
            var deltaLink = GraphJson.String(root, "@odata.deltaLink"u8);
            if (nextLink is null && deltaLink is null)
            {
                throw new MalformedPageException("The delta page has neither @odata.nextLink nor @odata.deltaLink.");
            }

            var upserts = new List<T>();
            var removed = new List<string>();
            var skipped = new Dictionary<string, int>(StringComparer.Ordinal);
            if (root.TryGetProperty("value"u8, out var value) && value.ValueKind == JsonValueKind.Array)
            {
                upserts.Capacity = value.GetArrayLength();
                foreach (var item in value.EnumerateArray())
                {
                    MapResult<T> result;
                    try
                    {
                        result = map(item);
                    }
                    catch (Exception ex) when (ex is InvalidOperationException or FormatException or OverflowException
                                                   or ArgumentException)
                    {
                        result = MapResult.Skip<T>("unreadable");
                    }

                    if (result.Item is { } row)
                    {
                        upserts.Add(row);
                    }
                    else if (result.RemovedId is { } id)
                    {
                        removed.Add(id);
                    }
                    else
                    {
                        skipped[result.SkipReason!] = skipped.GetValueOrDefault(result.SkipReason!) + 1;
                    }
                }
            }
            else if (root.TryGetProperty("value"u8, out _))
            {
                throw new MalformedPageException("The delta page's value is not an array.");
            }

            return new MappedPage<T>(upserts, removed, skipped, nextLink, deltaLink);
        }
    }
}
