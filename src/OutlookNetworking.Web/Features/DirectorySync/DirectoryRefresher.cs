using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Graph.Directory;

namespace OutlookNetworking.Web.Features.DirectorySync;

/// <summary>Brings a tenant's mailbox list and domains in line with its directory.</summary>
internal sealed class DirectoryRefresher(DirectoryReader reader, MailboxStore mailboxes, TenantStore tenants, TimeProvider time)
{
    public async Task<int> RefreshAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var entries = await reader.ReadAsync(tenantId, cancellationToken);
        var users = entries
            .Where(e => e.AccountEnabled && !string.IsNullOrEmpty(e.Mail))
            .Select(e => new DirectoryUser(e.UserId, e.Mail!, e.UserPrincipalName, e.DisplayName, e.Aliases, e.TimeZone,
                Purpose(e.UserPurpose), e.IsGuest))
            .ToList();
        await mailboxes.UpsertDirectoryAsync(tenantId, users, cancellationToken);

        // The organisation's own domains are those of its members' primary addresses (guests are outsiders).
        var domains = users.Where(u => !u.IsGuest).Select(u => u.Mail[(u.Mail.IndexOf('@', StringComparison.Ordinal) + 1)..])
            .Where(d => d.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase);
        await tenants.UpdateDirectoryAsync(tenantId, null, domains, time.GetUtcNow(), cancellationToken);
        return users.Count;
    }

    private static MailboxPurpose Purpose(string? purpose) => purpose switch
    {
        "user" or "linked" => MailboxPurpose.User,
        "shared" => MailboxPurpose.Shared,
        "room" => MailboxPurpose.Room,
        "equipment" => MailboxPurpose.Equipment,
        null => MailboxPurpose.Unknown,
        _ => MailboxPurpose.Other,
    };
}
