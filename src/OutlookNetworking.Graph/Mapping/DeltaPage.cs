using System.Text.Json;

namespace OutlookNetworking.Graph.Mapping;

/// <summary>
/// One delta page read and checked, not yet mapped: its links are known, so the sync can ask for the next page while
/// this one's items are mapped. Owns the parsed document until disposed.
/// </summary>
public sealed class DeltaPage : IDisposable
{
    private readonly JsonDocument _document;

    internal DeltaPage(JsonDocument document, string? nextLink, string? deltaLink)
    {
        _document = document;
        NextLink = nextLink;
        DeltaLink = deltaLink;
    }

    public string? NextLink { get; }

    public string? DeltaLink { get; }

    /// <summary>Maps each item on its own: one bad item is skipped and counted while the rest of the page is kept.</summary>
    public MappedPage<T> Map<T>(Func<JsonElement, MapResult<T>> map)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(map);
        var upserts = new List<T>();
        var removed = new List<string>();
        var skipped = new Dictionary<string, int>(StringComparer.Ordinal);
        if (_document.RootElement.TryGetProperty("value"u8, out var value))
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

        return new MappedPage<T>(upserts, removed, skipped, NextLink, DeltaLink);
    }

    public void Dispose() => _document.Dispose();
}
