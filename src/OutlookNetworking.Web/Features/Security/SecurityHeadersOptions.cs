namespace OutlookNetworking.Web.Features.Security;

/// <summary>Response security headers, bound from the "SecurityHeaders" section.</summary>
public sealed class SecurityHeadersOptions
{
    public const string SectionName = "SecurityHeaders";

    /// <summary>Origins allowed to frame the site (CSP frame-ancestors, besides 'self'): the Outlook and Office hosts
    /// that load the task pane. Default: Outlook on the web and new Outlook (outlook.office.com, outlook.office365.com,
    /// outlook.live.com, outlook.cloud.microsoft) and Office on the web hosts. Applied to every path: new Outlook
    /// checks framing on the site's root, not only the task pane URL.</summary>
    public IList<string> FrameAncestors { get; } = [];

    /// <summary>The defaults used when <see cref="FrameAncestors"/> is empty.</summary>
    public static IReadOnlyList<string> DefaultFrameAncestors { get; } =
    [
        "https://outlook.office.com",
        "https://outlook.office365.com",
        "https://outlook.live.com",
        "https://outlook.cloud.microsoft",
        "https://*.cloud.microsoft",
        "https://*.office.com",
        "https://*.office365.com",
        "https://*.outlook.com",
        "https://*.officeapps.live.com",
        "https://*.microsoft.com",
    ];
}
