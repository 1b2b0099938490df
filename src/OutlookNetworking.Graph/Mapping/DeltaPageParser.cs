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
        using var page = await ReadAsync(body, cancellationToken);
        return page.Map(map);
    }

    /// <summary>Reads and checks a page (valid JSON, an object, a link, <c>value</c> an array if present) without
    /// mapping its items yet.</summary>
    public static async Task<DeltaPage> ReadAsync(Stream body, CancellationToken cancellationToken)
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

        try
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

            if (root.TryGetProperty("value"u8, out var value) && value.ValueKind != JsonValueKind.Array)
            {
                throw new MalformedPageException("The delta page's value is not an array.");
            }

            return new DeltaPage(document, nextLink, deltaLink);
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }
}
