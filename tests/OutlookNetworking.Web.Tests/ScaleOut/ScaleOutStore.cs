using Microsoft.Data.Sqlite;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.TestSupport;

namespace OutlookNetworking.Web.Tests.ScaleOut;

/// <summary>
/// The storage of one deployment: a fresh database on a real provider, and the Hangfire storage that goes with it
/// (in memory next to SQLite, the embedded default; the same PostgreSQL database otherwise, the scale-out).
/// </summary>
internal sealed class ScaleOutStore : IAsyncDisposable
{
    private readonly DirectoryInfo _dataDirectory = Directory.CreateTempSubdirectory("on-scale-");

    private ScaleOutStore(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }

    public string DataDirectory => _dataDirectory.FullName;

    public bool IsShared => Database.Provider == StorageProvider.PostgreSql;

    /// <summary>The <c>Hangfire:Storage</c> value.</summary>
    public string JobStorage => IsShared ? "PostgreSql" : "InMemory";

    public string? JobConnectionString => IsShared ? Database.Options.ConnectionString : null;

    public static async Task<ScaleOutStore> CreateAsync(StorageProvider provider) =>
        new(await TestDatabase.CreateAsync(provider));

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        await Database.DisposeAsync();
        try
        {
            _dataDirectory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // a file still open: the temp folder is cleaned by the OS
        }
    }
}
