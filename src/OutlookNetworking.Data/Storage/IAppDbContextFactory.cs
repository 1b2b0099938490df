namespace OutlookNetworking.Data.Storage;

/// <summary>Creates a short-lived context on the configured provider (one per unit of work).</summary>
public interface IAppDbContextFactory
{
    AppDbContext CreateDbContext();

    StorageProvider Provider { get; }
}
