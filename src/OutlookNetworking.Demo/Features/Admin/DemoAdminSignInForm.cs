namespace OutlookNetworking.Demo.Features.Admin;

/// <summary>The demo admin sign-in form.</summary>
internal sealed class DemoAdminSignInForm
{
    public string? TenantId { get; set; }

    public string? ReturnUrl { get; set; }
}
