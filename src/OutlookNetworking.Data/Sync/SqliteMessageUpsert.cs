using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using OutlookNetworking.Core.Input;

namespace OutlookNetworking.Data.Sync;

/// <summary>
/// A page of messages upserted on SQLite with multi-row statements: up to <see cref="RowsPerStatement"/> rows per
/// <c>INSERT … VALUES (…),(…) ON CONFLICT DO UPDATE</c>, one statement prepared per page for the full chunks and one for
/// the rest. The values every row shares (mailbox, stream, generation) are the numbered parameters ?1 to ?3, bound
/// once; a row's own ten follow. A row whose id came earlier in the same statement updates that row, as a later
/// statement would (the last one wins), so a page means the same whether written row by row or in chunks.
/// </summary>
internal static class SqliteMessageUpsert
{
    /// <summary>Rows per statement: 1,003 parameters, far below SQLite's 32,766, whatever the page size.</summary>
    public const int RowsPerStatement = 100;

    private const int SharedParameters = 3;
    private const int RowParameters = 10;

    private static readonly string FullChunkSql = Sql(RowsPerStatement);

    public static void Write(SqliteConnection connection, int mailbox, int stream, int generation, IReadOnlyList<MessageMeta> messages,
        CancellationToken cancellationToken)
    {
        var recipients = new byte[1024]; // a row's recipients in UTF-8, reused (binding copies them)
        var fullChunks = messages.Count / RowsPerStatement;
        if (fullChunks > 0)
        {
            using var statement = Prepare(connection, FullChunkSql, mailbox, stream, generation);
            for (var chunk = 0; chunk < fullChunks; chunk++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Run(statement, messages, chunk * RowsPerStatement, RowsPerStatement, ref recipients);
            }
        }

        var rest = messages.Count - fullChunks * RowsPerStatement;
        if (rest > 0)
        {
            using var statement = Prepare(connection, Sql(rest), mailbox, stream, generation);
            Run(statement, messages, fullChunks * RowsPerStatement, rest, ref recipients);
        }
    }

    /// <summary>The statement for <paramref name="rows"/> rows.</summary>
    internal static string Sql(int rows)
    {
        var sql = new StringBuilder("INSERT INTO ").Append(MetadataRowWriter.MessageColumns).Append("\nVALUES");
        for (var row = 0; row < rows; row++)
        {
            var p = SharedParameters + 1 + row * RowParameters;
            sql.Append(row == 0 ? "\n" : ",\n")
                .Append(CultureInfo.InvariantCulture, $"(?1, ?{p}, ?2, ?{p + 1}, ?{p + 2}, ?{p + 3}, ?{p + 4}, ?{p + 5}, ?{p + 6}, ?{p + 7}, ?{p + 8}, ?{p + 9}, ?3)");
        }

        sql.Append('\n').Append(MetadataRowWriter.MessageConflictUpdate);
        return sql.ToString();
    }

    private static SqliteStatement Prepare(SqliteConnection connection, string sql, int mailbox, int stream, int generation)
    {
        var statement = new SqliteStatement(connection, sql);
        statement.Bind(0, mailbox);
        statement.Bind(1, stream);
        statement.Bind(2, generation);
        return statement;
    }

    private static void Run(SqliteStatement statement, IReadOnlyList<MessageMeta> messages, int first, int count, ref byte[] recipients)
    {
        for (var row = 0; row < count; row++)
        {
            var m = messages[first + row];
            var p = SharedParameters + row * RowParameters;
            statement.Bind(p, m.Id);
            statement.Bind(p + 1, (int)m.Folder);
            statement.Bind(p + 2, m.ConversationId);
            statement.Bind(p + 3, m.From?.Address);
            statement.Bind(p + 4, m.From?.Name);
            var length = RecipientCodec.EncodeRecipientsUtf8(m.To, m.Cc, m.Bcc, ref recipients);
            statement.BindUtf8(p + 5, recipients.AsSpan(0, length));
            statement.Bind(p + 6, m.SentAt?.ToUnixTimeMilliseconds());
            statement.Bind(p + 7, m.ReceivedAt?.ToUnixTimeMilliseconds());
            statement.Bind(p + 8, (int)m.Classification);
            statement.Bind(p + 9, m.IsDraft);
        }

        statement.Execute();
    }
}
