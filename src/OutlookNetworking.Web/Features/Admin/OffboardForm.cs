namespace OutlookNetworking.Web.Features.Admin;

/// <summary>The offboarding form: the admin types the tenant id again to confirm.</summary>
internal sealed class OffboardForm
{
    public string? Confirm { get; set; }
}
