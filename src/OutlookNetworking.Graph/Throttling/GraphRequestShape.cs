using System.Text.Json;

namespace OutlookNetworking.Graph.Throttling;

/// <summary>
/// What one HTTP request to Graph weighs against Outlook's limits: how many requests it runs at once on Graph's side
/// (one, or up to 4 for a <c>$batch</c>, which Outlook runs at most 4 steps at a time: docs throttling-limits, "Outlook
/// service limits for JSON batching") and how many of them address each mailbox.
/// </summary>
internal sealed record GraphRequestShape(int Concurrent, IReadOnlyDictionary<string, int> PerMailbox)
{
    /// <summary>Outlook's most steps of one batch in flight at once.</summary>
    public const int BatchParallelism = 4;

    private static readonly IReadOnlyDictionary<string, int> NoMailbox = new Dictionary<string, int>();

    public static async Task<GraphRequestShape> OfAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri?.AbsolutePath ?? "";
        if (path.EndsWith("/$batch", StringComparison.Ordinal) && request.Content is { } content)
        {
            return await OfBatchAsync(content, cancellationToken);
        }

        return MailboxOf(path) is { } mailbox
            ? new GraphRequestShape(1, new Dictionary<string, int>(StringComparer.Ordinal) { [mailbox] = 1 })
            : new GraphRequestShape(1, NoMailbox);
    }

    /// <summary>The mailbox a path addresses (<c>…/users/{id}/…</c>, lower-cased), or null for directory requests.</summary>
    internal static string? MailboxOf(string path)
    {
        var at = path.IndexOf("/users/", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var rest = path.AsSpan(at + "/users/".Length);
        var end = rest.IndexOfAny('/', '?');
        return end > 0 && rest[end] == '/' && end < rest.Length - 1
            ? Uri.UnescapeDataString(rest[..end].ToString()).ToLowerInvariant()
            : null;
    }

    private static async Task<GraphRequestShape> OfBatchAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await content.LoadIntoBufferAsync(cancellationToken);
        using var document = await JsonDocument.ParseAsync(await content.ReadAsStreamAsync(cancellationToken), default, cancellationToken);
        var steps = 0;
        var perMailbox = new Dictionary<string, int>(StringComparer.Ordinal);
        if (document.RootElement.TryGetProperty("requests", out var requests) && requests.ValueKind == JsonValueKind.Array)
        {
            foreach (var step in requests.EnumerateArray())
            {
                steps++;
                if (step.TryGetProperty("url", out var url) && url.GetString() is { } text && MailboxOf("/" + text.TrimStart('/')) is { } mailbox)
                {
                    perMailbox[mailbox] = Math.Min(BatchParallelism, perMailbox.GetValueOrDefault(mailbox) + 1);
                }
            }
        }

        return new GraphRequestShape(Math.Clamp(steps, 1, BatchParallelism), perMailbox);
    }
}
