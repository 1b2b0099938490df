using System.Net;
using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Data.Storage;

namespace OutlookNetworking.Demo.Features.DemoTenant;

/// <summary>
/// At demo start: the store keeps the simulator's delta and next links (<c>http://127.0.0.1:PORT/v1.0/…</c>); when the
/// simulator could not take its kept port again (another process holds it), the links stored by the previous run point
/// at the old address. They are moved onto the current simulator's address (same path and query: the simulator's delta
/// tokens do not depend on its port), so the next night goes on where the last one left off instead of refusing.
/// Only loopback links move, and only onto a loopback simulator.
/// </summary>
internal static partial class DemoLinkRebaser
{
    /// <summary>Rebases every stored link; the number of sync cursors changed.</summary>
    public static async Task<int> RebaseStoredLinksAsync(IAppDbContextFactory factory, string simulatorBaseUrl, ILogger logger,
        CancellationToken ct)
    {
        var current = new Uri(simulatorBaseUrl);
        if (!IsLoopback(current))
        {
            return 0;
        }

        await using var db = factory.CreateDbContext();
        var changed = 0;
        foreach (var cursor in await db.SyncCursors.Where(c => c.DeltaLink != null || c.NextLink != null).ToListAsync(ct))
        {
            var (delta, next) = (Rebase(cursor.DeltaLink, current), Rebase(cursor.NextLink, current));
            if (delta != cursor.DeltaLink || next != cursor.NextLink)
            {
                (cursor.DeltaLink, cursor.NextLink) = (delta, next);
                changed++;
            }
        }

        await db.SaveChangesAsync(ct);
        if (changed > 0)
        {
            LogRebased(logger, changed, current.Authority);
        }

        return changed;
    }

    /// <summary><paramref name="link"/> on <paramref name="current"/>'s scheme and authority when it is a loopback http(s)
    /// link elsewhere; otherwise unchanged.</summary>
    public static string? Rebase(string? link, Uri current)
    {
        if (link is null || !Uri.TryCreate(link, UriKind.Absolute, out var stored) || stored.Scheme is not ("http" or "https")
            || !IsLoopback(stored) || string.Equals(stored.GetLeftPart(UriPartial.Authority), current.GetLeftPart(UriPartial.Authority),
                StringComparison.OrdinalIgnoreCase))
        {
            return link;
        }

        return current.GetLeftPart(UriPartial.Authority) + stored.PathAndQuery + stored.Fragment;
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo: the simulator runs on a new address ({Authority}); {Count} stored sync links moved onto it")]
    private static partial void LogRebased(ILogger logger, int count, string authority);
}
