namespace OutlookNetworking.Web.Tests.Infrastructure;

/// <summary>One started <see cref="AuthTestHost"/> shared by the tests of a class that do not change its state.</summary>
public sealed class AuthTestHostFixture : IAsyncLifetime
{
    public AuthTestHost Host { get; } = new();

    public async Task InitializeAsync() => await Host.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
