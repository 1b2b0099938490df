using Microsoft.Data.Sqlite;
using System.Text;
using SQLitePCL;

namespace OutlookNetworking.Data.Sync;

/// <summary>
/// One prepared SQLite statement run straight on the connection's handle (SQLitePCLRaw, the library under
/// Microsoft.Data.Sqlite), inside whatever transaction the connection has open. For the page writes only: each row
/// binds its values in place (text as UTF-8 from one reused buffer) and steps, without the
/// per-execution reader and parameter objects of an ADO.NET command (about half of a row's cost there).
/// </summary>
internal sealed class SqliteStatement : IRowBinder, IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private byte[] _utf8 = new byte[1024];

    public SqliteStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(_db, sql, out _statement), _db);
    }

    public void Bind(int index, int value) => Check(raw.sqlite3_bind_int(_statement, index + 1, value));

    public void Bind(int index, long? value) =>
        Check(value is { } v ? raw.sqlite3_bind_int64(_statement, index + 1, v) : raw.sqlite3_bind_null(_statement, index + 1));

    public void Bind(int index, bool value) => Bind(index, value ? 1 : 0);

    public void Bind(int index, string? value)
    {
        if (value is null)
        {
            Check(raw.sqlite3_bind_null(_statement, index + 1));
            return;
        }

        if (value.Length == 0)
        {
            // An empty span would bind NULL (no pointer): bind the empty string as text.
            Check(raw.sqlite3_bind_text(_statement, index + 1, string.Empty));
            return;
        }

        // UTF-8 into a reused buffer (SQLite copies it), so SQLite need not convert.
        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (_utf8.Length < length)
        {
            _utf8 = new byte[Math.Max(length, _utf8.Length * 2)];
        }

        var written = Encoding.UTF8.GetBytes(value, _utf8);
        Check(raw.sqlite3_bind_text(_statement, index + 1, _utf8.AsSpan(0, written)));
    }

    /// <summary>Text already in UTF-8 (SQLite copies it); never empty (an empty span would bind NULL).</summary>
    public void BindUtf8(int index, ReadOnlySpan<byte> value)
    {
        if (value.IsEmpty)
        {
            throw new ArgumentException("Empty UTF-8 text binds as NULL: bind the empty string instead.", nameof(value));
        }

        Check(raw.sqlite3_bind_text(_statement, index + 1, value));
    }

    /// <summary>Runs the statement with the values bound, then readies it for the next row.</summary>
    public void Execute()
    {
        var result = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (result != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(result, _db);
        }
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int result) => SqliteException.ThrowExceptionForRC(result, _db);
}
