namespace OutlookNetworking.Data.Storage;

/// <summary>Which database holds the product's data.</summary>
public enum StorageProvider
{
    /// <summary>A SQLite file: one process, zero setup (the default).</summary>
    Sqlite,

    /// <summary>PostgreSQL: any number of identical instances share it.</summary>
    PostgreSql,
}
