using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OutlookNetworking.Data.Storage;

/// <summary>
/// Values as EF Core's mapping stores them, for the few statements written in plain SQL: on SQLite Guids as upper-case
/// text and instants through <see cref="DateTimeOffsetToBinaryConverter"/> (<see cref="SqliteAppDbContext"/>); on
/// PostgreSQL uuid and timestamptz as they are.
/// </summary>
internal static class StoredValues
{
    private static readonly DateTimeOffsetToBinaryConverter Instants = new();

    public static object Key(StorageProvider provider, Guid value) =>
        provider == StorageProvider.PostgreSql ? value : value.ToString().ToUpperInvariant();

    public static object Instant(StorageProvider provider, DateTimeOffset value) =>
        provider == StorageProvider.PostgreSql ? value : Instants.ConvertToProvider(value)!;
}
