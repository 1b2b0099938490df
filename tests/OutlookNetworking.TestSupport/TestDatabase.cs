using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OutlookNetworking.Data.Storage;

namespace OutlookNetworking.TestSupport;

/// <summary>
/// A fresh, migrated, empty database on a real provider: a SQLite file in a temporary folder, or a
/// new database on the test PostgreSQL server. Dropped on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqliteDirectory;
    private readonly string? _postgresName;

    private TestDatabase(StorageOptions options, string? sqliteDirectory, string? postgresName)
    {
        Options = options;
        _sqliteDirectory = sqliteDirectory;
        _postgresName = postgresName;
    }

    public StorageOptions Options { get; }

    public StorageProvider Provider => Options.Provider;

    /// <summary>Creates (and migrates) a database on <paramref name="provider"/>.</summary>
    public static async Task<TestDatabase> CreateAsync(StorageProvider provider)
    {
        TestDatabase database;
        if (provider == StorageProvider.Sqlite)
        {
            var dir = Directory.CreateTempSubdirectory("on-sqlite-").FullName;
            var cs = new SqliteConnectionStringBuilder { DataSource = Path.Combine(dir, "test.db"), Pooling = true }.ToString();
            database = new TestDatabase(new StorageOptions { Provider = provider, ConnectionString = cs }, dir, null);
        }
        else
        {
            var name = "on_test_" + Guid.NewGuid().ToString("N")[..16];
            await using (var admin = new NpgsqlConnection(PostgresServer.AdminConnectionString))
            {
                await admin.OpenAsync();
                await using var create = admin.CreateCommand();
                create.CommandText = $"CREATE DATABASE {name}";
                await create.ExecuteNonQueryAsync();
            }

            var cs = new NpgsqlConnectionStringBuilder(PostgresServer.AdminConnectionString) { Database = name }.ToString();
            database = new TestDatabase(new StorageOptions { Provider = provider, ConnectionString = cs }, null, name);
        }

        await using var services = database.BuildServices(TimeProvider.System);
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        return database;
    }

    /// <summary>A service provider with the storage registered on this database.</summary>
    public ServiceProvider BuildServices(TimeProvider time)
    {
        var services = new ServiceCollection();
        services.AddSingleton(time);
        services.AddOutlookNetworkingStorage(Options);
        return services.BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteDirectory is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_sqliteDirectory, recursive: true);
            }
            catch (IOException)
            {
                // a file still open elsewhere: the temp folder is cleaned by the OS
            }
        }

        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(PostgresServer.AdminConnectionString);
            await admin.OpenAsync();
            await using var drop = admin.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)";
            await drop.ExecuteNonQueryAsync();
        }
    }
}
