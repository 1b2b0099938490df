using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Data.Storage;

namespace OutlookNetworking.Data.Consent;

/// <summary>Single-use consent states in the shared store: whoever deletes the row owns it.</summary>
public sealed class ConsentStateStore(IAppDbContextFactory factory, TimeProvider time)
{
    public async Task AddAsync(string state, byte[] browserBindingHash, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var now = time.GetUtcNow();
        await db.ConsentStates.Where(s => s.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        db.ConsentStates.Add(new ConsentStateEntity { State = state, BrowserBindingHash = browserBindingHash, ExpiresAt = expiresAt });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Removes and returns the state; null when unknown or already taken (even by a racing caller).</summary>
    public async Task<ConsentStateEntity?> TakeAsync(string state, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var row = await db.ConsentStates.AsNoTracking().SingleOrDefaultAsync(s => s.State == state, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var deleted = await db.ConsentStates.Where(s => s.State == state).ExecuteDeleteAsync(cancellationToken);
        return deleted == 1 ? row : null;
    }
}
