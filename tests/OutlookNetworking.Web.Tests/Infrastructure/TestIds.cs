using OutlookNetworking.Demo.Features.Auth;

namespace OutlookNetworking.Web.Tests.Infrastructure;

/// <summary>The tenants and users every auth test uses: a consented home tenant (the demo tenant) with two users,
/// a second consented tenant, and a tenant that never consented.</summary>
public static class TestIds
{
    public const string ClientId = "6a1c3f52-4b7e-4d0a-9e51-2f6c0b8d7a11";

    public static readonly Guid HomeTenant = Guid.Parse("11111111-aaaa-4aaa-8aaa-111111111111");
    public static readonly Guid OtherConsentedTenant = Guid.Parse("22222222-bbbb-4bbb-8bbb-222222222222");
    public static readonly Guid UnconsentedTenant = Guid.Parse("33333333-cccc-4ccc-8ccc-333333333333");

    public static readonly DemoUser Ava = new(Guid.Parse("a0a0a0a0-0000-4000-8000-00000000a0a0"), "ava.patel@contoso.example", "Ava Patel", "ava.patel@contoso.example");
    public static readonly DemoUser Ben = new(Guid.Parse("b0b0b0b0-0000-4000-8000-00000000b0b0"), "ben.okafor@contoso.example", "Ben Okafor", "ben.okafor@contoso.example");
    public static readonly DemoUser Carol = new(Guid.Parse("c0c0c0c0-0000-4000-8000-00000000c0c0"), "carol@fabrikam.example", "Carol Diaz", "carol@fabrikam.example");
    /// <summary>In the home tenant's directory, never analysed (no history yet).</summary>
    public static readonly DemoUser Nia = new(Guid.Parse("e0e0e0e0-0000-4000-8000-00000000e0e0"), "nia.brooks@contoso.example", "Nia Brooks", "nia.brooks@contoso.example");

    /// <summary>Signs in to the home tenant but is in no directory row yet (joined since the last night).</summary>
    public static readonly DemoUser Omar = new(Guid.Parse("f0f0f0f0-0000-4000-8000-00000000f0f0"), "omar.haddad@contoso.example", "Omar Haddad", "omar.haddad@contoso.example");

    public static readonly DemoUser Dan = new(Guid.Parse("d0d0d0d0-0000-4000-8000-00000000d0d0"), "dan@northwind.example", "Dan Lee", "dan@northwind.example");
}
