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
            token = token with { Phase = 'c', Until = collection.Sequence, Cursor = (int)token.Since };
        }

        var cursor = token.Phase == 's'
            ? collection.ReadState(scope, token.Until, token.Cursor, pageSize, items)
            : collection.ReadChanges(scope, token.Since, token.Until, token.Cursor, pageSize, items);
        if (cursor >= 0)
        {
            next = token with { Cursor = cursor };
            deltaLink = null;
        }
        else
        {
            next = null;
            deltaLink = token with { Phase = 'd', Since = token.Until, Cursor = 0 };
        }
    }

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

        return false;
    }
}
