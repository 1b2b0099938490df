namespace OutlookNetworking.Data.Kept;

/// <summary>
/// The triggers that log, for mailboxes with a kept state only, every change of their messages, meetings and series
/// masters into <c>analysis_changes</c>, stamped with the state's <c>change_seq</c>. In the database rather than in the
/// write paths so that none (delta pages, sweeps, series re-reads, retention, folder drops) can forget it. An update
/// counts only when a column the engine reads changed (a restarted round's new sync generation is not a change). A
/// master's change logs its skeleton occurrences, which take everything but id and times from it. On PostgreSQL the
/// trigger holds the state's row FOR SHARE until the change commits, so a night that raises <c>change_seq</c> waits for
/// changes stamped with the old value (on SQLite writes are serial). Created by the migration KeptState.
/// </summary>
public static class KeptStateTriggers
{
    public const string Messages = "mail_messages_kept";
    public const string Meetings = "meetings_kept";
    public const string Masters = "series_masters_kept";

    private const string MessageColumns = "folder_kind conversation_id from_address from_name recipients sent_at_ms received_at_ms classification is_draft";
    private const string MasterColumns = "start_ms end_ms is_all_day organizer_address organizer_name attendees is_cancelled is_organizer my_response";
    private const string MeetingColumns = MasterColumns + " series_master_id from_master";

    public static string SqliteCreate => string.Join('\n',
        SqliteItem("mail_messages", Messages, 0, MessageColumns),
        SqliteItem("meetings", Meetings, 1, MeetingColumns),
        SqliteSeries(Masters, "INSERT", "NEW", ""),
        SqliteSeries(Masters, "UPDATE", "NEW", "WHEN " + Changed(MasterColumns, "IS NOT")),
        SqliteSeries(Masters, "DELETE", "OLD", ""));

    public static string SqliteDrop => string.Join('\n',
        from name in (string[])[Messages, Meetings, Masters]
        from op in (string[])["insert", "update", "delete"]
        select $"DROP TRIGGER IF EXISTS {name}_{op};");

    public static string PostgresCreate => $"""
        CREATE FUNCTION kept_log_item() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE v_number integer; v_id text; v_seq bigint;
        BEGIN
          IF TG_OP = 'DELETE' THEN v_number := OLD.mailbox_number; v_id := OLD.id;
          ELSE v_number := NEW.mailbox_number; v_id := NEW.id; END IF;
          SELECT change_seq INTO v_seq FROM kept_states WHERE mailbox_number = v_number FOR SHARE;
          IF FOUND THEN
            INSERT INTO analysis_changes (mailbox_number, kind, id, seq) VALUES (v_number, TG_ARGV[0]::smallint, v_id, v_seq)
            ON CONFLICT (mailbox_number, kind, id) DO UPDATE SET seq = excluded.seq;
          END IF;
          RETURN NULL;
        END $$;
        CREATE FUNCTION kept_log_series() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE v_number integer; v_id text; v_seq bigint;
        BEGIN
          IF TG_OP = 'DELETE' THEN v_number := OLD.mailbox_number; v_id := OLD.id;
          ELSE v_number := NEW.mailbox_number; v_id := NEW.id; END IF;
          SELECT change_seq INTO v_seq FROM kept_states WHERE mailbox_number = v_number FOR SHARE;
          IF FOUND THEN
            INSERT INTO analysis_changes (mailbox_number, kind, id, seq)
            SELECT m.mailbox_number, 1, m.id, v_seq FROM meetings m
            WHERE m.mailbox_number = v_number AND m.series_master_id = v_id AND m.from_master
            ON CONFLICT (mailbox_number, kind, id) DO UPDATE SET seq = excluded.seq;
          END IF;
          RETURN NULL;
        END $$;
        {PostgresTriggers("mail_messages", Messages, "kept_log_item('0')", MessageColumns)}
        {PostgresTriggers("meetings", Meetings, "kept_log_item('1')", MeetingColumns)}
        {PostgresTriggers("series_masters", Masters, "kept_log_series()", MasterColumns)}
        """;

    public static string PostgresDrop => $"""
        DROP TRIGGER IF EXISTS {Messages} ON mail_messages;
        DROP TRIGGER IF EXISTS {Messages}_update ON mail_messages;
        DROP TRIGGER IF EXISTS {Meetings} ON meetings;
        DROP TRIGGER IF EXISTS {Meetings}_update ON meetings;
        DROP TRIGGER IF EXISTS {Masters} ON series_masters;
        DROP TRIGGER IF EXISTS {Masters}_update ON series_masters;
        DROP FUNCTION IF EXISTS kept_log_item();
        DROP FUNCTION IF EXISTS kept_log_series();
        """;

    private static string SqliteItem(string table, string name, int kind, string columns) => string.Join('\n',
        SqliteLog(table, name, "INSERT", "NEW", kind, ""),
        SqliteLog(table, name, "UPDATE", "NEW", kind, "WHEN " + Changed(columns, "IS NOT")),
        SqliteLog(table, name, "DELETE", "OLD", kind, ""));

    private static string SqliteLog(string table, string name, string op, string row, int kind, string when) => $"""
        CREATE TRIGGER {name}_{op.ToLowerInvariant()} AFTER {op} ON {table} {when}
        BEGIN
          INSERT INTO analysis_changes (mailbox_number, kind, id, seq)
          SELECT {row}.mailbox_number, {kind}, {row}.id, k.change_seq FROM kept_states k WHERE k.mailbox_number = {row}.mailbox_number
          ON CONFLICT (mailbox_number, kind, id) DO UPDATE SET seq = excluded.seq;
        END;
        """;

    private static string SqliteSeries(string name, string op, string row, string when) => $"""
        CREATE TRIGGER {name}_{op.ToLowerInvariant()} AFTER {op} ON series_masters {when}
        BEGIN
          INSERT INTO analysis_changes (mailbox_number, kind, id, seq)
          SELECT m.mailbox_number, 1, m.id, k.change_seq FROM meetings m JOIN kept_states k ON k.mailbox_number = m.mailbox_number
          WHERE m.mailbox_number = {row}.mailbox_number AND m.series_master_id = {row}.id AND m.from_master
          ON CONFLICT (mailbox_number, kind, id) DO UPDATE SET seq = excluded.seq;
        END;
        """;

    private static string PostgresTriggers(string table, string name, string function, string columns) => $"""
        CREATE TRIGGER {name} AFTER INSERT OR DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION {function};
        CREATE TRIGGER {name}_update AFTER UPDATE ON {table} FOR EACH ROW WHEN ({Changed(columns, "IS DISTINCT FROM")}) EXECUTE FUNCTION {function};
        """;

    private static string Changed(string columns, string differs)
        => string.Join(" OR ", columns.Split(' ').Select(c => $"OLD.{c} {differs} NEW.{c}"));
}
