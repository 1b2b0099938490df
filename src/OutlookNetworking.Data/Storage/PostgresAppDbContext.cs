using Microsoft.EntityFrameworkCore;

namespace OutlookNetworking.Data.Storage;

/// <summary>The PostgreSQL flavour of the store (scale-out). Migrations: Migrations/PostgreSql.</summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);
