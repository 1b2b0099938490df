using System.ComponentModel.DataAnnotations;

namespace OutlookNetworking.Data.Storage;

/// <summary>Configuration section <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Default <see cref="StorageProvider.Sqlite"/>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>ADO.NET connection string. Default for SQLite: a file in the app's data folder
    /// (set by the host); PostgreSQL: required, e.g. <c>Host=db;Username=on;Password=…;Database=outlooknetworking</c>.</summary>
    [Required]
    public string ConnectionString { get; set; } = "";

    /// <summary>Apply pending migrations at start-up (default true). Turn off when a release job migrates.</summary>
    public bool MigrateOnStart { get; set; } = true;
}
