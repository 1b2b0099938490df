using OutlookNetworking.Data.Introductions;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Demo.Features.DemoTenant;

/// <summary>
/// At start-up in demo mode, while the demo tenant's warm introductions are off (the first start, or an admin turned them
/// off): turns them on and opts in two of every three people of the snapshot (in <c>users.json</c> order: the first,
/// the second, not the third, …), so the demo shows introductions and people who did not opt in. In the
/// contoso-stories fixture Ava Patel and Ben Okafor opt in: Ava, looking at Chen Wei's mail (chen.wei@northwind.example),
/// sees that Ben knows Chen (their fortnightly check-ins).
/// </summary>
internal sealed class DemoIntroductionsSeeder(DemoEnvironment environment, IntroductionStore introductions) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var tenantId = Guid.Parse(environment.Snapshot.Tenant.TenantId);
        if (await introductions.IsEnabledAsync(tenantId, cancellationToken))
        {
            return;
        }

        var people = environment.Snapshot.Users
            .Where(u => u.UserPurpose is null or "user" && Guid.TryParse(u.Id, out _))
            .ToList();
        for (var i = 0; i < people.Count; i++)
        {
            if (i % 3 != 2)
            {
                await introductions.SetDiscoverableAsync(new MailboxKey(tenantId, Guid.Parse(people[i].Id)), true, cancellationToken);
            }
        }

        await introductions.SetEnabledAsync(tenantId, true, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
