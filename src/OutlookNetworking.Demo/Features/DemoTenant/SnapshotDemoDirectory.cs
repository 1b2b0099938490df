using OutlookNetworking.GraphSimulator.Snapshot;
using OutlookNetworking.Demo.Features.Auth;

namespace OutlookNetworking.Demo.Features.DemoTenant;

/// <summary>The simulated tenant's people (not rooms, equipment or shared mailboxes), for demo sign-in.</summary>
internal sealed class SnapshotDemoDirectory(TenantSnapshot snapshot) : IDemoDirectory
{
    public Guid TenantId { get; } = Guid.Parse(snapshot.Tenant.TenantId);

    public IReadOnlyList<DemoUser> Users { get; } = snapshot.Users
        .Where(u => u.UserPurpose is null or "user")
        .Where(u => Guid.TryParse(u.Id, out _))
        .OrderBy(u => u.DisplayName, StringComparer.OrdinalIgnoreCase)
        .Select(u => new DemoUser(Guid.Parse(u.Id), u.UserPrincipalName ?? u.Mail ?? u.Id, u.DisplayName ?? u.Id, u.Mail))
        .ToList();
}
