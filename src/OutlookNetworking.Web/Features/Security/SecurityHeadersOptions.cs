namespace OutlookNetworking.Web.Features.Security;

/// <summary>Response security headers, bound from the "SecurityHeaders" section.</summary>
public sealed class SecurityHeadersOptions
{
    public const string SectionName = "SecurityHeaders";

    /// <summary>Origins allowed to frame the task pane (CSP frame-ancestors on <c>/taskpane/*</c>, besides 'self'): the
    /// Outlook hosts that load it. Default: Outlook on the web and new Outlook (outlook.office.com, outlook.office365.com,
    /// outlook.cloud.microsoft) and Outlook.com (outlook.live.com). Every other path answers <c>frame-ancestors 'none'</c>.</summary>
    public IList<string> FrameAncestors { get; } = [];

    /// <summary>The defaults used when <see cref="FrameAncestors"/> is empty: exact origins, no wildcard.</summary>
    public static IReadOnlyList<string> DefaultFrameAncestors { get; } =
    [
        "https://outlook.office.com",
        "https://outlook.office365.com",
        "https://outlook.cloud.microsoft",
        "https://outlook.live.com",
    ];
}
