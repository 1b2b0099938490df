namespace OutlookNetworking.Web.Features.Admin;

/// <summary>The organisation's switch for warm introductions: <c>Enabled</c> is <c>true</c> or <c>false</c>.</summary>
internal sealed class IntroductionsForm
{
    public string? Enabled { get; set; }
}
