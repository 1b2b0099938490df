using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Data.Analysis;

/// <summary>
/// Moves a mailbox's analysed-at time, on its summary row and on its mailbox row, in one plain SQL command (within the
/// caller's transaction): what a night whose results did not move writes. The same values EF Core would write
/// (<see cref="StoredValues"/>), without reading the summary row first.
/// </summary>
internal static class AnalysedAtSql
{
    private const string Sql = """
        UPDATE mailbox_analyses SET analysed_at = {0} WHERE tenant_id = {1} AND user_id = {2};
        UPDATE mailboxes SET last_analysed_at = {0} WHERE tenant_id = {1} AND user_id = {2};
        """;

    /// <summary>True when both rows were there and moved; false when either is missing (the caller then writes the
    /// summary through EF Core, which adds it).</summary>
    public static async Task<bool> TouchAsync(DbContext db, MailboxKey mailbox, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var provider = db.Database.IsSqlite() ? StorageProvider.Sqlite : StorageProvider.PostgreSql;
        object[] values =
            [StoredValues.Instant(provider, now), StoredValues.Key(provider, mailbox.TenantId), StoredValues.Key(provider, mailbox.UserId)];
        return await db.Database.ExecuteSqlRawAsync(Sql, values, cancellationToken) == 2;
    }
}
