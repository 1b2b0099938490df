namespace OutlookNetworking.Demo.Features.Auth;

/// <summary>The fallback <see cref="IDemoDirectory"/>: no tenant, no users.</summary>
internal sealed class EmptyDemoDirectory : IDemoDirectory
{
    public Guid TenantId => Guid.Empty;

    public IReadOnlyList<DemoUser> Users => [];
}
