using Microsoft.EntityFrameworkCore;

namespace OutlookNetworking.Data.Storage;

/// <summary>Hands out contexts from the provider-specific pooled factory.</summary>
internal sealed class AppDbContextFactory<TContext>(IDbContextFactory<TContext> inner, StorageProvider provider)
    : IAppDbContextFactory
    where TContext : AppDbContext
{
    public StorageProvider Provider { get; } = provider;

    public AppDbContext CreateDbContext() => inner.CreateDbContext();
}
