using System.Data.Common;
using OutlookNetworking.Data.Storage;

namespace OutlookNetworking.Data.Sync;

/// <summary>
/// The bookkeeping of a page write in plain SQL on the page's connection and transaction: one query takes the mailbox
/// row (<c>FOR SHARE</c> on PostgreSQL, as <see cref="MailboxRowLock"/> does) and reads the stream's cursor, one update
/// moves the cursor to the link that follows the page. The same rows and values EF Core would write
/// (<see cref="StoredValues"/>), without a change tracker, two compiled queries and a <c>SaveChanges</c> per page.
/// </summary>
internal static class PageCursorSql
{
    private const string ReadSql = """
        SELECT c.mailbox_number, c.stream_number, c.generation, c.sweep_pending
        FROM mailboxes m LEFT JOIN sync_cursors c ON c.tenant_id = m.tenant_id AND c.user_id = m.user_id AND c.stream_key = @k
        WHERE m.tenant_id = @t AND m.user_id = @u
        """;

    private const string NextSql = """
        UPDATE sync_cursors SET next_link = @n, updated_at = @at
        WHERE tenant_id = @t AND user_id = @u AND stream_key = @k
        """;

    private const string CompleteSql = """
        UPDATE sync_cursors SET next_link = NULL, delta_link = @d, updated_at = @at, round_completed_at = @at, sweep_pending = FALSE
        WHERE tenant_id = @t AND user_id = @u AND stream_key = @k
        """;

    /// <summary>Inside the page's transaction: holds the mailbox row until commit (or throws
    /// <see cref="MailboxGoneException"/> when it is gone) and reads the stream's cursor; null when the stream has none yet.</summary>
    public static async Task<PageCursor?> ReadAsync(DbConnection connection, DbTransaction transaction, StorageProvider provider,
        MailboxKey mailbox, string streamKey, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, provider,
            provider == StorageProvider.PostgreSql ? ReadSql + " FOR SHARE OF m" : ReadSql, mailbox, streamKey);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new MailboxGoneException(mailbox);
        }

        return reader.IsDBNull(0)
            ? null
            : new PageCursor(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetBoolean(3));
    }

    /// <summary>Moves the cursor past the page: to its next link, or (the round's last page) to its delta link, the round
    /// completed and any pending sweep done.</summary>
    public static async Task AdvanceAsync(DbConnection connection, DbTransaction transaction, StorageProvider provider,
        MailboxKey mailbox, string streamKey, string? nextLink, string? deltaLink, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, provider, deltaLink is null ? NextSql : CompleteSql, mailbox, streamKey);
        Add(command, "@at", StoredValues.Instant(provider, now));
        if (deltaLink is null)
        {
            Add(command, "@n", nextLink ?? throw new InvalidOperationException("A delta page has neither a next link nor a delta link."));
        }
        else
        {
            Add(command, "@d", deltaLink);
        }

        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new InvalidOperationException($"The cursor of stream {streamKey} is gone.");
        }
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, StorageProvider provider, string sql,
        MailboxKey mailbox, string streamKey)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        Add(command, "@t", StoredValues.Key(provider, mailbox.TenantId));
        Add(command, "@u", StoredValues.Key(provider, mailbox.UserId));
        Add(command, "@k", streamKey);
        return command;
    }

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}

/// <summary>What a page write needs of its stream's cursor.</summary>
internal readonly record struct PageCursor(int MailboxNumber, int StreamNumber, int Generation, bool SweepPending);
