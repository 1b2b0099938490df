using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Data.Storage;

namespace OutlookNetworking.Data.Privacy;

/// <summary>
/// The key an opt-out is stored under: <c>h1:</c> + Base64url(HMAC-SHA256(key, hex SHA-256 of "tid:oid")). The key is
/// 32 random bytes generated once per deployment and kept in <c>app_secrets</c>, protected by <see cref="ISecretProtector"/>;
/// without it, whoever holds the directory cannot tell whose marker a row is. Markers of the earlier form (the bare
/// SHA-256, <see cref="OptOutHash"/>) are carried over at start-up by <see cref="CarryOverLegacyAsync"/>: the HMAC is
/// taken of the stored hash itself, so no id is needed.
/// </summary>
public sealed class OptOutMarkers(IAppDbContextFactory factory, ISecretProtector protector, TimeProvider time) : IDisposable
{
    public const string Prefix = "h1:";
    internal const string KeyName = "opt-out-marker-hmac";

    private readonly SemaphoreSlim _load = new(1, 1);
    private byte[]? _key;

    public void Dispose() => _load.Dispose();

    public async Task<string> OfAsync(Guid tenantId, Guid userId, CancellationToken cancellationToken) =>
        Keyed(await KeyAsync(cancellationToken), OptOutHash.Of(tenantId, userId));

    /// <summary>Rewrites every marker of the earlier, unkeyed form; returns how many.</summary>
    public async Task<int> CarryOverLegacyAsync(CancellationToken cancellationToken)
    {
        var key = await KeyAsync(cancellationToken);
        await using var db = factory.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var legacy = await db.OptOuts.Where(o => !o.UserHash.StartsWith(Prefix)).ToListAsync(cancellationToken);
        foreach (var row in legacy)
        {
            db.OptOuts.Remove(row);
            var marker = Keyed(key, row.UserHash);
            if (!legacy.Any(o => o.TenantId == row.TenantId && o.UserHash == marker)
                && !await db.OptOuts.AnyAsync(o => o.TenantId == row.TenantId && o.UserHash == marker, cancellationToken))
            {
                db.OptOuts.Add(new OptOutEntity { TenantId = row.TenantId, UserHash = marker, At = row.At });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return legacy.Count;
    }

    private static string Keyed(byte[] key, string legacyHash) =>
        Prefix + Base64Url(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(legacyHash)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private async Task<byte[]> KeyAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _key) is { } cached)
        {
            return cached;
        }

        await _load.WaitAsync(cancellationToken);
        try
        {
            _key ??= await LoadOrCreateAsync(cancellationToken);
            return _key;
        }
        finally
        {
            _load.Release();
        }
    }

    private async Task<byte[]> LoadOrCreateAsync(CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        if (await db.AppSecrets.SingleOrDefaultAsync(s => s.Name == KeyName, cancellationToken) is { } stored)
        {
            if (!stored.ProtectedValue.StartsWith(UnprotectedSecrets.Prefix, StringComparison.Ordinal))
            {
                return protector.Unprotect(stored.ProtectedValue);
            }

            // Created by a tool without data protection: protected now, by the first host that can.
            var plain = new UnprotectedSecrets().Unprotect(stored.ProtectedValue);
            if (protector.ProtectsAtRest)
            {
                stored.ProtectedValue = protector.Protect(plain);
                await db.SaveChangesAsync(cancellationToken);
            }

            return plain;
        }

        var key = RandomNumberGenerator.GetBytes(32);
        db.AppSecrets.Add(new AppSecretEntity { Name = KeyName, ProtectedValue = protector.Protect(key), CreatedAt = time.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return key;
        }
        catch (DbUpdateException)
        {
            // Another instance created it at the same moment: use theirs.
            await using var again = factory.CreateDbContext();
            var theirs = await again.AppSecrets.AsNoTracking().SingleAsync(s => s.Name == KeyName, cancellationToken);
            return protector.Unprotect(theirs.ProtectedValue);
        }
    }
}
