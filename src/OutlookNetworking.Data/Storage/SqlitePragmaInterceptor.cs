using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OutlookNetworking.Data.Storage;

/// <summary>
/// Sets SQLite up for a server workload on every connection: write-ahead logging (readers never
/// block the writer), NORMAL sync (durable at checkpoints, safe with WAL), and a busy timeout so
/// concurrent writers queue instead of failing.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
