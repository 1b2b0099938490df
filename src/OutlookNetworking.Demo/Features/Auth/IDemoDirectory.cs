namespace OutlookNetworking.Demo.Features.Auth;

/// <summary>The simulated tenant's users. The demo host provides it from the tenant snapshot; until it does,
/// <see cref="EmptyDemoDirectory"/> lists nobody.</summary>
public interface IDemoDirectory
{
    /// <summary>The simulated tenant (consented automatically in demo mode).</summary>
    Guid TenantId { get; }

    IReadOnlyList<DemoUser> Users { get; }
}
