using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Graph.Directory;

namespace OutlookNetworking.Web.Features.DirectorySync;

/// <summary>Brings a tenant's mailbox list, distribution lists and domains in line with its directory.</summary>
internal sealed partial class DirectoryRefresher(
    DirectoryReader reader,
    DistributionListReader lists,
    MailboxStore mailboxes,
    TenantStore tenants,
    TimeProvider time,
    ILogger<DirectoryRefresher> logger)
{
    public async Task<int> RefreshAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var entries = await reader.ReadAsync(tenantId, cancellationToken);
        // Disabled accounts (usually people who left) and users without mail are not recorded: nobody to sync or to
        // write to. Guests are recorded (names, outsiders) but never synced; rooms, shared and equipment mailboxes by
        // their purpose; users whose settings say they have no Exchange Online mailbox are out of scope at once (GF-13).
        var users = entries
            .Where(e => e.AccountEnabled && !string.IsNullOrEmpty(e.Mail))
            .Select(e => new DirectoryUser(e.UserId, e.Mail!, e.UserPrincipalName, e.DisplayName, e.Aliases, e.TimeZone,
                Purpose(e.UserPurpose), e.IsGuest) { HasExchangeMailbox = e.HasExchangeMailbox, WorkingDays = e.WorkingDays })
            .ToList();
        await mailboxes.UpsertDirectoryAsync(tenantId, [.. users, .. await DistributionListsAsync(tenantId, cancellationToken)], cancellationToken);

        // The organisation's own domains are those of its members' primary addresses (guests are outsiders).
        var domains = users.Where(u => !u.IsGuest).Select(u => u.Mail[(u.Mail.IndexOf('@', StringComparison.Ordinal) + 1)..])
            .Where(d => d.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase);
        await tenants.UpdateDirectoryAsync(tenantId, null, domains, time.GetUtcNow(), cancellationToken);
        return users.Count;
    }

    /// <summary>The directory's mail-enabled groups as recipients of purpose <see cref="MailboxPurpose.DistributionList"/>;
    /// when the app may not read groups (consent given before GroupMember.Read.All was asked), the ones known before.</summary>
    private async Task<IReadOnlyList<DirectoryUser>> DistributionListsAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var groups = await lists.ReadAsync(tenantId, cancellationToken);
        if (groups is null)
        {
            LogGroupsDenied(logger, tenantId);
            return (await mailboxes.ListAsync(tenantId, cancellationToken))
                .Where(m => m is { Purpose: MailboxPurpose.DistributionList, Removed: false })
                .Select(m => new DirectoryUser(m.UserId, m.Mail, m.UserPrincipalName, m.DisplayName, MailboxStore.SplitAliases(m.Aliases),
                    null, MailboxPurpose.DistributionList, false))
                .ToList();
        }

        return groups.Select(g => new DirectoryUser(g.GroupId, g.Mail, g.Mail, g.DisplayName, g.Aliases, null, MailboxPurpose.DistributionList, false))
            .ToList();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tenant {TenantId}: groups may not be read (GroupMember.Read.All not granted); distribution lists stay as last known. An admin can grant it again from the consent page")]
    private static partial void LogGroupsDenied(ILogger logger, Guid tenantId);

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
