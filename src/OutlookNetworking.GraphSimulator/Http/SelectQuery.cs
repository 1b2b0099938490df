using System.Collections.Frozen;
using Microsoft.AspNetCore.Http;
using OutlookNetworking.GraphSimulator.Store;

namespace OutlookNetworking.GraphSimulator.Http;

/// <summary>A parsed <c>$select</c>: the field ids to write, in request order (without <c>id</c>, always written).</summary>
internal sealed class SelectQuery
{
    private SelectQuery(string? raw, int[] fieldIds)
    {
        Raw = raw;
        FieldIds = fieldIds;
    }

    /// <summary>The <c>$select</c> text, or null when absent.</summary>
    public string? Raw { get; }

    public int[] FieldIds { get; }

    public bool IsPresent => Raw is not null;

    /// <summary>Reads <c>$select</c> (or <c>select</c>) from the query string.</summary>
    public static string? RawFrom(HttpRequest request)
    {
        var value = request.Query["$select"];
        if (value.Count == 0)
        {
            value = request.Query["select"];
        }

        return value.Count == 0 ? null : string.Join(',', value.ToArray());
    }

    /// <summary>
    /// Parses and validates a select list. <paramref name="error"/> is set for an unknown property
    /// (400); <paramref name="contentField"/> for a content property or <c>*</c> (403).
    /// </summary>
    public static SelectQuery? Parse(string? raw, string typeName, FrozenSet<string> known, out string? error, out string? contentField)
    {
        error = null;
        contentField = null;
        if (raw is null)
        {
            return new SelectQuery(null, []);
        }

        var ids = new List<int>();
        foreach (var name in raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (name == "*" || GraphProperties.Content.Contains(name))
            {
                contentField = name;
                return null;
            }

            if (!known.TryGetValue(name, out var canonical))
            {
                error = $"Could not find a property named '{name}' on type 'microsoft.graph.{typeName}'.";
                return null;
            }

            if (string.Equals(canonical, "id", StringComparison.Ordinal))
            {
                continue;
            }

            var id = FieldNames.GetOrAdd(canonical);
            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        return new SelectQuery(raw, [.. ids]);
    }
}
