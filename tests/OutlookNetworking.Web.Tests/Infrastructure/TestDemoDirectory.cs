using OutlookNetworking.Demo.Features.Auth;

namespace OutlookNetworking.Web.Tests.Infrastructure;

/// <summary>The simulated tenant of the tests: <see cref="TestIds.HomeTenant"/> with Ava and Ben.</summary>
public sealed class TestDemoDirectory : IDemoDirectory
{
    public Guid TenantId => TestIds.HomeTenant;

    public IReadOnlyList<DemoUser> Users { get; } = [TestIds.Ava, TestIds.Ben];
}
