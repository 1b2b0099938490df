using Microsoft.Data.Sqlite;
using OutlookNetworking.Data.Storage;

namespace OutlookNetworking.Web.Hosting;

/// <summary>The store an instance uses, from its configuration: the host and the <c>migrate</c> command agree on it.</summary>
internal static class HostStorage
{
    /// <summary><c>Storage</c> as configured; SQLite without a connection string is a file in <c>App:DataDirectory</c>.</summary>
    public static StorageOptions Resolve(IConfiguration configuration, AppOptions app)
    {
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        if (storage.Provider == StorageProvider.Sqlite && string.IsNullOrWhiteSpace(storage.ConnectionString))
        {
            var directory = Path.GetFullPath(app.DataDirectory);
            Directory.CreateDirectory(directory);
            storage.ConnectionString = new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(directory, "outlooknetworking.db"), Pooling = true,
            }.ToString();
        }

        return storage;
    }
}
