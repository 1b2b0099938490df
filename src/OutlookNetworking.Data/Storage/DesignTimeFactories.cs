using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OutlookNetworking.Data.Storage;

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteAppDbContext</c> build the model.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqliteAppDbContext>();
        StorageServiceCollectionExtensions.ConfigureSqlite(builder, "Data Source=design-time.db");
        return new SqliteAppDbContext(builder.Options);
    }
}

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresAppDbContext</c> build the model.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PostgresAppDbContext>();
        StorageServiceCollectionExtensions.ConfigurePostgres(builder, "Host=localhost;Database=design_time");
        return new PostgresAppDbContext(builder.Options);
    }
}
