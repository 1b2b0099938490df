using Microsoft.Extensions.Caching.Memory;
using DirectoryInfo = OutlookNetworking.Core.Input.DirectoryInfo;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Tenants;

namespace OutlookNetworking.Web.Features.Analysis;

/// <summary>
/// What the engine needs to know about a tenant's directory (own domains, rooms, distribution lists, display names),
/// built once and cached for a few minutes so a night of thousands of mailboxes reads it once.
/// </summary>
internal sealed class TenantDirectory(MailboxStore mailboxes, TenantStore tenants, IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public async Task<DirectoryInfo> GetAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(CacheKey(tenantId), out DirectoryInfo? cached) && cached is not null)
        {
            return cached;
        }

        var tenant = await tenants.FindAsync(tenantId, cancellationToken);
        var all = await mailboxes.ListAsync(tenantId, cancellationToken);
        var rooms = all.Where(m => m.Purpose is MailboxPurpose.Room or MailboxPurpose.Equipment)
            .SelectMany(m => MailboxStore.SplitAliases(m.Aliases).Append(m.Mail))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var lists = all.Where(m => m is { Purpose: MailboxPurpose.DistributionList, Removed: false })
            .SelectMany(m => MailboxStore.SplitAliases(m.Aliases).Append(m.Mail))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var mailbox in all.Where(m => m.Mail.Length > 0 && m.DisplayName.Length > 0))
        {
            names.TryAdd(mailbox.Mail, mailbox.DisplayName);
        }

        // Everything the directory resolves today (users, guests, groups, rooms, shared mailboxes, with their aliases): an
        // own-domain address outside it is a dynamic distribution group or a departed colleague, told apart by the
        // engine from how the mailbox uses it (graph-fidelity GF-14, UnresolvedInternalAddresses).
        var known = all.Where(m => !m.Removed)
            .SelectMany(m => MailboxStore.SplitAliases(m.Aliases).Append(m.Mail).Append(m.UserPrincipalName))
            .Where(a => a.Length > 0)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var directory = new DirectoryInfo(
            tenant is null ? [] : TenantStore.SplitDomains(tenant.Domains), rooms, lists, names) { KnownAddresses = known };
        cache.Set(CacheKey(tenantId), directory, Lifetime);
        return directory;
    }

    /// <summary>Forget the cached directory (after a directory refresh).</summary>
    public void Invalidate(Guid tenantId) => cache.Remove(CacheKey(tenantId));

    private static string CacheKey(Guid tenantId) => "directory:" + tenantId.ToString("N");
}
