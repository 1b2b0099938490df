using System.Data.Common;
using Microsoft.Data.Sqlite;
using OutlookNetworking.Core.Input;

namespace OutlookNetworking.Data.Sync;

/// <summary>
/// Writes pages of message and meeting rows with plain ADO.NET inside the caller's transaction:
/// upserts by (mailbox number, id) (a replayed page changes nothing), deletes by id within the stream's folder.
/// On SQLite one prepared statement run per row on the connection's handle (<see cref="SqliteStatement"/>), messages
/// many rows per statement (<see cref="SqliteMessageUpsert"/>); on PostgreSQL one batched round trip per page (DbBatch).
/// </summary>
internal static class MetadataRowWriter
{
    /// <summary>The columns of a message row, in the order every message upsert lists them.</summary>
    internal const string MessageColumns = """
        mail_messages (mailbox_number, id, stream, folder_kind, conversation_id, from_address, from_name,
            recipients, sent_at_ms, received_at_ms, classification, is_draft, sync_generation)
        """;

    /// <summary>What a message upsert does to a row already stored (the one-row statement here and the multi-row one of
    /// <see cref="SqliteMessageUpsert"/>).</summary>
    internal const string MessageConflictUpdate = """
        ON CONFLICT (mailbox_number, id) DO UPDATE SET stream = excluded.stream,
            folder_kind = excluded.folder_kind, conversation_id = excluded.conversation_id,
            from_address = excluded.from_address, from_name = excluded.from_name, recipients = excluded.recipients,
            sent_at_ms = excluded.sent_at_ms, received_at_ms = excluded.received_at_ms,
            classification = excluded.classification, is_draft = excluded.is_draft,
            sync_generation = excluded.sync_generation
        """;

    private const string UpsertMessageSql = "INSERT INTO " + MessageColumns + "\nVALUES (@m, @id, @st, @fk, @c, @fa, @fn, @r, @s, @rc, @cl, @d, @g)\n"
        + MessageConflictUpdate;

    private const string DeleteMessageSql =
        "DELETE FROM mail_messages WHERE mailbox_number = @m AND id = @id AND stream = @st";

    private const string UpsertMeetingSql = """
        INSERT INTO meetings (mailbox_number, id, start_ms, end_ms, is_all_day, organizer_address, organizer_name,
            attendees, is_cancelled, is_organizer, my_response, sync_generation, series_master_id, from_master)
        VALUES (@m, @id, @s, @e, @ad, @oa, @on, @a, @x, @io, @mr, @g, @sm, @fm)
        ON CONFLICT (mailbox_number, id) DO UPDATE SET start_ms = excluded.start_ms, end_ms = excluded.end_ms,
            is_all_day = excluded.is_all_day, organizer_address = excluded.organizer_address,
            organizer_name = excluded.organizer_name, attendees = excluded.attendees,
            is_cancelled = excluded.is_cancelled, is_organizer = excluded.is_organizer,
            my_response = excluded.my_response, sync_generation = excluded.sync_generation,
            series_master_id = excluded.series_master_id, from_master = excluded.from_master
        """;

    private const string DeleteMeetingSql = "DELETE FROM meetings WHERE mailbox_number = @m AND id = @id";

    private const string UpsertMasterSql = """
        INSERT INTO series_masters (mailbox_number, id, start_ms, end_ms, is_all_day, organizer_address, organizer_name,
            attendees, is_cancelled, is_organizer, my_response)
        VALUES (@m, @id, @s, @e, @ad, @oa, @on, @a, @x, @io, @mr)
        ON CONFLICT (mailbox_number, id) DO UPDATE SET start_ms = excluded.start_ms, end_ms = excluded.end_ms,
            is_all_day = excluded.is_all_day, organizer_address = excluded.organizer_address,
            organizer_name = excluded.organizer_name, attendees = excluded.attendees,
            is_cancelled = excluded.is_cancelled, is_organizer = excluded.is_organizer, my_response = excluded.my_response
        """;

    private const string DeleteSeriesMeetingsSql = "DELETE FROM meetings WHERE mailbox_number = @m AND series_master_id = @id";

    private const string DeleteMasterSql = "DELETE FROM series_masters WHERE mailbox_number = @m AND id = @id";

    private static readonly string[] MessageParameters = ["@m", "@id", "@st", "@fk", "@c", "@fa", "@fn", "@r", "@s", "@rc", "@cl", "@d", "@g"];
    private static readonly string[] MeetingParameters = ["@m", "@id", "@s", "@e", "@ad", "@oa", "@on", "@a", "@x", "@io", "@mr", "@g", "@sm", "@fm"];
    private static readonly string[] MasterParameters = ["@m", "@id", "@s", "@e", "@ad", "@oa", "@on", "@a", "@x", "@io", "@mr"];

    /// <summary>Upserts a folder's messages; each row records the folder's stream and generation. A page that names an id
    /// twice keeps the last (as row-by-row statements would).</summary>
    public static Task UpsertMessagesAsync(DbConnection connection, DbTransaction transaction, int mailbox, int stream,
        IReadOnlyList<MessageMeta> messages, int generation, CancellationToken cancellationToken)
    {
        if (connection is SqliteConnection sqlite)
        {
            SqliteMessageUpsert.Write(sqlite, mailbox, stream, generation, messages, cancellationToken);
            return Task.CompletedTask;
        }

        return WriteAsync(connection, transaction, UpsertMessageSql, MessageParameters, new RowContext(mailbox, stream, generation),
            static (p, c) =>
            {
                p.Bind(0, c.Mailbox);
                p.Bind(2, c.Stream);
                p.Bind(12, c.Generation);
            },
            messages, static (p, m) =>
            {
                p.Bind(1, m.Id);
                p.Bind(3, (int)m.Folder);
                p.Bind(4, m.ConversationId);
                p.Bind(5, m.From?.Address);
                p.Bind(6, m.From?.Name);
                p.Bind(7, RecipientCodec.EncodeRecipients(m.To, m.Cc, m.Bcc));
                p.Bind(8, m.SentAt?.ToUnixTimeMilliseconds());
                p.Bind(9, m.ReceivedAt?.ToUnixTimeMilliseconds());
                p.Bind(10, (int)m.Classification);
                p.Bind(11, m.IsDraft);
            }, cancellationToken);
    }

    /// <summary>Deletes messages by id, only where they are still in this stream's folder (a message that moved away
    /// first is kept: the other folder's stream owns it now).</summary>
    public static Task DeleteMessagesAsync(DbConnection connection, DbTransaction transaction, int mailbox, int stream,
        IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        WriteAsync(connection, transaction, DeleteMessageSql, ["@m", "@id", "@st"], new RowContext(mailbox, stream, 0),
            static (p, c) =>
            {
                p.Bind(0, c.Mailbox);
                p.Bind(2, c.Stream);
            },
            ids, static (p, id) => p.Bind(1, id), cancellationToken);

    /// <summary>Upserts meetings and occurrences (never masters: see <see cref="UpsertMastersAsync"/>).</summary>
    public static Task UpsertMeetingsAsync(DbConnection connection, DbTransaction transaction, int mailbox,
        IReadOnlyList<CalendarItem> meetings, int generation, CancellationToken cancellationToken) =>
        WriteAsync(connection, transaction, UpsertMeetingSql, MeetingParameters, new RowContext(mailbox, 0, generation),
            static (p, c) =>
            {
                p.Bind(0, c.Mailbox);
                p.Bind(11, c.Generation);
            },
            meetings, static (p, item) =>
            {
                BindMeeting(p, item.Meeting);
                p.Bind(12, item.SeriesMasterId);
                p.Bind(13, item.Kind == CalendarItemKind.Occurrence);
            }, cancellationToken);

    public static Task UpsertMastersAsync(DbConnection connection, DbTransaction transaction, int mailbox,
        IReadOnlyList<MeetingMeta> masters, CancellationToken cancellationToken) =>
        WriteAsync(connection, transaction, UpsertMasterSql, MasterParameters, new RowContext(mailbox, 0, 0),
            static (p, c) => p.Bind(0, c.Mailbox), masters, BindMeeting, cancellationToken);

    /// <summary>Deletes series whole (master, occurrences, exceptions) by master id.</summary>
    public static async Task DeleteSeriesAsync(DbConnection connection, DbTransaction transaction, int mailbox,
        IReadOnlyList<string> seriesIds, CancellationToken cancellationToken)
    {
        foreach (var sql in (string[])[DeleteSeriesMeetingsSql, DeleteMasterSql])
        {
            await WriteAsync(connection, transaction, sql, ["@m", "@id"], new RowContext(mailbox, 0, 0),
                static (p, c) => p.Bind(0, c.Mailbox), seriesIds, static (p, id) => p.Bind(1, id), cancellationToken);
        }
    }

    private static void BindMeeting(IRowBinder p, MeetingMeta m)
    {
        p.Bind(1, m.Id);
        p.Bind(2, m.Start.ToUnixTimeMilliseconds());
        p.Bind(3, m.End.ToUnixTimeMilliseconds());
        p.Bind(4, m.IsAllDay);
        p.Bind(5, m.Organizer?.Address);
        p.Bind(6, m.Organizer?.Name);
        p.Bind(7, RecipientCodec.EncodeAttendees(m.Attendees));
        p.Bind(8, m.IsCancelled);
        p.Bind(9, m.IsOrganizer);
        p.Bind(10, (int)m.MyResponse);
    }

    public static Task DeleteMeetingsAsync(DbConnection connection, DbTransaction transaction, int mailbox,
        IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        WriteAsync(connection, transaction, DeleteMeetingSql, ["@m", "@id"], new RowContext(mailbox, 0, 0),
            static (p, c) => p.Bind(0, c.Mailbox), ids, static (p, id) => p.Bind(1, id), cancellationToken);

    /// <summary>Runs <paramref name="sql"/> once per row: <paramref name="bindShared"/> sets what every row of the write
    /// shares (on SQLite once, as bindings survive a reset), <paramref name="bindRow"/> the row's own values.</summary>
    private static async Task WriteAsync<T>(DbConnection connection, DbTransaction transaction, string sql, string[] names,
        RowContext context, Action<IRowBinder, RowContext> bindShared, IReadOnlyList<T> rows, Action<IRowBinder, T> bindRow,
        CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (connection is SqliteConnection sqlite)
        {
            // In process, on the transaction the caller opened on this connection: nothing to wait for.
            using var statement = new SqliteStatement(sqlite, sql);
            bindShared(statement, context);
            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                bindRow(statement, row);
                statement.Execute();
            }

            return;
        }

        await using var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        foreach (var row in rows)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = sql;
            foreach (var name in names)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }

            var binder = new DbParameterBinder(command.Parameters);
            bindShared(binder, context);
            bindRow(binder, row);
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>What every row of one write shares.</summary>
    private readonly record struct RowContext(int Mailbox, int Stream, int Generation);
}
