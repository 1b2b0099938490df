using System.Globalization;
using Microsoft.AspNetCore.Http;
using OutlookNetworking.GraphSimulator.Store;

namespace OutlookNetworking.GraphSimulator.Http;

/// <summary>
/// Paging of a delta round over a <see cref="TrackedCollection"/>: the first round lists the
/// state, later rounds list what changed; every page ends in a next link or a delta link.
/// </summary>
internal static class DeltaPaging
{
    /// <summary>Outlook's default delta page size.</summary>
    public const int DefaultPageSize = 10;

    /// <summary>The largest page Outlook resources serve (a bigger preference is capped).</summary>
    public const int MaxPageSize = 1000;

    /// <summary>The spellings of the delta function in a URL.</summary>
    public static readonly string[] FunctionSegments = ["delta", "delta()", "microsoft.graph.delta()"];

    /// <summary>A new round's first token.</summary>
    public static DeltaToken Start(char kind, string userId, DeltaScope scope, TrackedCollection collection, string? select, int? pageSize, int epoch) =>
        new(
            kind,
            userId,
            scope.FolderKey,
            scope.IsFolder ? null : scope.WindowStart,
            scope.IsFolder ? null : scope.WindowEnd,
            's',
            0,
            collection.Sequence,
            0,
            select,
            pageSize,
            epoch);

    /// <summary>The page size: this request's preference, else the round's, else the default; at most <see cref="MaxPageSize"/>.</summary>
    public static int PageSize(RequestPreferences preferences, DeltaToken token) =>
        Math.Min(preferences.MaxPageSize ?? token.PageSize ?? DefaultPageSize, MaxPageSize);

    /// <summary>
    /// Empty pages (<c>"value": []</c> with a next link) that end every round that served an item, before the page
    /// with its delta link (graph-fidelity GF-10: reported many in a row; a client just follows them). A round with
    /// nothing to report (a night without changes) is one page with the delta link; one that did ends on an empty page
    /// with the delta link after these.
    /// </summary>
    public const int TrailingEmptyPages = 3;

    /// <summary>
    /// The most items page <paramref name="page"/> (0-based) of a round holds: the size asked for on even pages, about
    /// half of it on odd ones (GF-10: <c>odata.maxpagesize</c> is an upper bound, not a promise).
    /// </summary>
    public static int ItemsOnPage(int pageSize, int page) => page % 2 == 1 ? Math.Max(1, (pageSize + 1) / 2) : pageSize;

    /// <summary>Reads one page; exactly one of <paramref name="next"/> and <paramref name="deltaLink"/> is set.</summary>
    public static void Read(
        TrackedCollection collection,
        DeltaScope scope,
        DeltaToken token,
        int pageSize,
        List<PageItem> items,
        out DeltaToken? next,
        out DeltaToken? deltaLink)
    {
        if (token.Phase == 'd')
        {
            token = token with { Phase = 'c', Until = collection.Sequence, Cursor = (int)token.Since, Pages = 0, Reported = false, EmptyLeft = 0 };
        }

        if (token.Phase == 'z')
        {
            next = token.EmptyLeft > 0 ? token with { EmptyLeft = token.EmptyLeft - 1, Pages = token.Pages + 1 } : null;
            deltaLink = next is null ? EndOfRound(token) : null;
            return;
        }

        var size = ItemsOnPage(pageSize, token.Pages);
        var cursor = token.Phase == 's'
            ? collection.ReadState(scope, token.Until, token.Cursor, size, items)
            : collection.ReadChanges(scope, token.Since, token.Until, token.Cursor, size, items);
        var reported = token.Reported || items.Count > 0;
        if (cursor >= 0)
        {
            next = token with { Cursor = cursor, Pages = token.Pages + 1, Reported = reported };
            deltaLink = null;
        }
        else if (reported)
        {
            next = token with { Phase = 'z', Cursor = 0, Pages = token.Pages + 1, Reported = true, EmptyLeft = TrailingEmptyPages };
            deltaLink = null;
        }
        else
        {
            next = null;
            deltaLink = EndOfRound(token);
        }
    }

    /// <summary>
    /// The query of the link that ends a page (<c>$skiptoken=…</c> or <c>$deltatoken=…</c>), issued as the stream's
    /// next sync-state generation (GF-9: only the last three generations are held).
    /// </summary>
    public static string LinkQuery(MailboxStore mailbox, DeltaToken? next, DeltaToken? deltaLink)
    {
        var token = next ?? deltaLink ?? throw new ArgumentException("A page ends in a next link or a delta link.", nameof(next));
        token = token with { Generation = mailbox.SyncStates.Issue(token.Stream) };
        return (next is not null ? "$skiptoken=" : "$deltatoken=") + token.Encode();
    }

    private static DeltaToken EndOfRound(DeltaToken token) =>
        token with { Phase = 'd', Since = token.Until, Cursor = 0, Pages = 0, Reported = false, EmptyLeft = 0 };

    /// <summary>Sets Preference-Applied when the request asked for a page size.</summary>
    public static void ApplyPreference(HttpContext context, RequestPreferences preferences, int applied)
    {
        if (preferences.MaxPageSize is not null)
        {
            context.Response.Headers["Preference-Applied"] = "odata.maxpagesize=" + applied.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The state token of a request (<c>$skiptoken</c> or <c>$deltatoken</c>), or null for a new round.</summary>
    public static string? TokenText(HttpRequest request)
    {
        var skip = request.Query["$skiptoken"];
        if (skip.Count > 0)
        {
            return skip[0];
        }

        var delta = request.Query["$deltatoken"];
        return delta.Count > 0 ? delta[0] : null;
    }

    /// <summary>Answers an unreadable or expired token; true when it did.</summary>
    public static async Task<bool> RejectTokenAsync(HttpContext context, DeltaToken? token, char kind, MailboxStore mailbox)
    {
        if (token is null || token.Kind != kind || !string.Equals(token.UserId, mailbox.UserId, StringComparison.OrdinalIgnoreCase))
        {
            await GraphErrors.BadRequest(context, "The state token is invalid.", "ErrorInvalidParameter");
            return true;
        }

        if (token.Epoch != mailbox.Epoch)
        {
            await GraphErrors.WriteAsync(
                context,
                StatusCodes.Status410Gone,
                "syncStateNotFound",
                "The sync state generation is not found. The delta token is expired and data must be synchronized again.");
            return true;
        }

        if (!mailbox.SyncStates.Holds(token.Stream, token.Generation, out var aged))
        {
            await GraphErrors.WriteAsync(context, StatusCodes.Status410Gone, "SyncStateNotFound", aged);
            return true;
        }

        return false;
    }
}
