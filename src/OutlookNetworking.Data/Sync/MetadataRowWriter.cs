using System.Data.Common;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Data.Storage;

namespace OutlookNetworking.Data.Sync;

/// <summary>
/// Writes pages of message and meeting rows with plain ADO.NET inside the caller's transaction:
/// upserts by id (a replayed page changes nothing), deletes by id. One prepared statement reused
/// per row on SQLite; one batched round trip per page where the provider supports DbBatch (Npgsql).
/// </summary>
internal sealed class MetadataRowWriter(StorageProvider provider)
{
    private const string UpsertMessageSql = """
        INSERT INTO mail_messages (tenant_id, user_id, id, folder_id, folder_kind, conversation_id, from_address,
            from_name, recipients, sent_at_ms, received_at_ms, classification, is_draft, sync_generation)
        VALUES (@t, @u, @id, @f, @fk, @c, @fa, @fn, @r, @s, @rc, @cl, @d, @g)
        ON CONFLICT (tenant_id, user_id, id) DO UPDATE SET folder_id = excluded.folder_id,
            folder_kind = excluded.folder_kind, conversation_id = excluded.conversation_id,
            from_address = excluded.from_address, from_name = excluded.from_name, recipients = excluded.recipients,
            sent_at_ms = excluded.sent_at_ms, received_at_ms = excluded.received_at_ms,
            classification = excluded.classification, is_draft = excluded.is_draft,
            sync_generation = excluded.sync_generation
        """;

    private const string DeleteMessageSql =
        "DELETE FROM mail_messages WHERE tenant_id = @t AND user_id = @u AND id = @id AND folder_id = @f";

    private const string UpsertMeetingSql = """
        INSERT INTO meetings (tenant_id, user_id, id, start_ms, end_ms, is_all_day, organizer_address, organizer_name,
            attendees, is_cancelled, is_organizer, my_response, sync_generation)
        VALUES (@t, @u, @id, @s, @e, @ad, @oa, @on, @a, @x, @io, @mr, @g)
        ON CONFLICT (tenant_id, user_id, id) DO UPDATE SET start_ms = excluded.start_ms, end_ms = excluded.end_ms,
            is_all_day = excluded.is_all_day, organizer_address = excluded.organizer_address,
            organizer_name = excluded.organizer_name, attendees = excluded.attendees,
            is_cancelled = excluded.is_cancelled, is_organizer = excluded.is_organizer,
            my_response = excluded.my_response, sync_generation = excluded.sync_generation
        """;

    private const string DeleteMeetingSql = "DELETE FROM meetings WHERE tenant_id = @t AND user_id = @u AND id = @id";

    /// <summary>The value the provider stores a Guid as (EF Core keeps SQLite GUIDs as upper-case text).</summary>
    public object Key(Guid id) => provider == StorageProvider.Sqlite ? id.ToString().ToUpperInvariant() : id;

    public Task UpsertMessagesAsync(DbConnection connection, DbTransaction transaction, MailboxKey mailbox,
        string folderId, IReadOnlyList<MessageMeta> messages, int generation, CancellationToken cancellationToken) =>
        WriteAsync(connection, transaction, UpsertMessageSql, messages, (p, m) =>
        {
            var recipients = RecipientCodec.EncodeRecipients(m.To, m.Cc, m.Bcc);
            Set(p, Key(mailbox.TenantId), Key(mailbox.UserId), m.Id, folderId, (int)m.Folder, m.ConversationId,
                m.From?.Address, m.From?.Name, recipients, m.SentAt?.ToUnixTimeMilliseconds(),
                m.ReceivedAt?.ToUnixTimeMilliseconds(), (int)m.Classification, m.IsDraft, generation);
        }, ["@t", "@u", "@id", "@f", "@fk", "@c", "@fa", "@fn", "@r", "@s", "@rc", "@cl", "@d", "@g"], cancellationToken);

    public Task DeleteMessagesAsync(DbConnection connection, DbTransaction transaction, MailboxKey mailbox,
        string folderId, IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        WriteAsync(connection, transaction, DeleteMessageSql, ids,
            (p, id) => Set(p, Key(mailbox.TenantId), Key(mailbox.UserId), id, folderId),
            ["@t", "@u", "@id", "@f"], cancellationToken);

    public Task UpsertMeetingsAsync(DbConnection connection, DbTransaction transaction, MailboxKey mailbox,
        IReadOnlyList<MeetingMeta> meetings, int generation, CancellationToken cancellationToken) =>
        WriteAsync(connection, transaction, UpsertMeetingSql, meetings, (p, m) =>
        {
            Set(p, Key(mailbox.TenantId), Key(mailbox.UserId), m.Id, m.Start.ToUnixTimeMilliseconds(),
                m.End.ToUnixTimeMilliseconds(), m.IsAllDay, m.Organizer?.Address, m.Organizer?.Name,
                RecipientCodec.EncodeAttendees(m.Attendees), m.IsCancelled, m.IsOrganizer, (int)m.MyResponse, generation);
        }, ["@t", "@u", "@id", "@s", "@e", "@ad", "@oa", "@on", "@a", "@x", "@io", "@mr", "@g"], cancellationToken);

    public Task DeleteMeetingsAsync(DbConnection connection, DbTransaction transaction, MailboxKey mailbox,
        IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        WriteAsync(connection, transaction, DeleteMeetingSql, ids,
            (p, id) => Set(p, Key(mailbox.TenantId), Key(mailbox.UserId), id),
            ["@t", "@u", "@id"], cancellationToken);

    private static async Task WriteAsync<T>(DbConnection connection, DbTransaction transaction, string sql,
        IReadOnlyList<T> rows, Action<DbParameterCollection, T> bind, string[] names, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (connection.CanCreateBatch)
        {
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

                bind(command.Parameters, row);
                batch.BatchCommands.Add(command);
            }

            await batch.ExecuteNonQueryAsync(cancellationToken);
            return;
        }

        await using var single = connection.CreateCommand();
        single.Transaction = transaction;
        single.CommandText = sql;
        foreach (var name in names)
        {
            var parameter = single.CreateParameter();
            parameter.ParameterName = name;
            single.Parameters.Add(parameter);
        }

        single.Prepare();
        foreach (var row in rows)
        {
            bind(single.Parameters, row);
            await single.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static void Set(DbParameterCollection parameters, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
