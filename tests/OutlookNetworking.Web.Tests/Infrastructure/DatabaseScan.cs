using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using OutlookNetworking.Data.Storage;

namespace OutlookNetworking.Web.Tests.Infrastructure;

/// <summary>
/// Reads every row of every table of the host's database (SQLite or PostgreSQL) as text, straight from the provider
/// (not through the product's model, so a table the model forgot is scanned too).
/// </summary>
public static class DatabaseScan
{
    /// <summary>One row: its table, its <c>user_id</c> and its <c>mailbox_number</c> (when the table has them; the
    /// synced-metadata tables name their mailbox by number only) and every value as text.</summary>
    public sealed record Row(string Table, string? UserId, string? MailboxNumber, IReadOnlyList<string> Values);

    public static async Task<IReadOnlyList<Row>> ReadAllAsync(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        await using DbConnection connection = options.Provider == StorageProvider.Sqlite
            ? new SqliteConnection(options.ConnectionString)
            : new NpgsqlConnection(options.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = options.Provider == StorageProvider.Sqlite
                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                : "SELECT table_schema || '.' || table_name FROM information_schema.tables "
                  + "WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var rows = new List<Row>();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = "SELECT * FROM " + string.Join('.', table.Split('.').Select(p => $"\"{p}\""));
            await using var reader = await select.ExecuteReaderAsync();
            var userColumn = Enumerable.Range(0, reader.FieldCount).FirstOrDefault(i => reader.GetName(i) == "user_id", -1);
            var numberColumn = Enumerable.Range(0, reader.FieldCount).FirstOrDefault(i => reader.GetName(i) == "mailbox_number", -1);
            while (await reader.ReadAsync())
            {
                var values = Enumerable.Range(0, reader.FieldCount).Select(i => Text(reader.GetValue(i))).ToList();
                rows.Add(new Row(table, userColumn < 0 ? null : values[userColumn], numberColumn < 0 ? null : values[numberColumn], values));
            }
        }

        return rows;
    }

    private static string Text(object value) => value switch
    {
        DBNull => "",
        byte[] { Length: 16 } bytes => new Guid(bytes).ToString("D") + " " + Convert.ToHexString(bytes),
        byte[] bytes => Convert.ToHexString(bytes) + " " + System.Text.Encoding.UTF8.GetString(bytes),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
