namespace OutlookNetworking.Web.Features.Security;

/// <summary>
/// The one list of origins office.js needs, used by the Content-Security-Policy (<see cref="SecurityHeadersExtensions"/>).
/// Read from Microsoft's own files (npm <c>@microsoft/office-js</c> 1.1.110, the files the CDN serves) and public reports;
/// the browser test <c>OfficeJsLoadTests</c> (tests/OutlookNetworking.EndToEnd.Tests) loads those files under the product's
/// headers as Outlook on the web and classic Outlook do, and fails on any CSP violation.
/// </summary>
public static class OfficeJsSources
{
    /// <summary>Microsoft's CDN for office.js: <c>/lib/1/hosted/office.js</c>, the host-specific file it loads
    /// (<c>outlook-web-16.01.js</c>, <c>outlook-win32-16.02.js</c>, ...) and its locale strings, all from the same folder.</summary>
    public const string OfficeCdn = "https://appsforoffice.microsoft.com";

    /// <summary>The Outlook host files load <c>MicrosoftAjax.js</c> from here (<c>//ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js</c>,
    /// hard-coded in <c>outlook-web-16.01.js</c> and <c>outlook-win32-16.02.js</c>); without it <c>Office.onReady</c> never
    /// resolves ("Not able to load MicrosoftAjax.js."; OfficeDev/office-js #4131, #5518, #6430, microsoft/MHA #125).</summary>
    public const string MicrosoftAjaxCdn = "https://ajax.aspnetcdn.com";

    /// <summary>Where <see cref="MicrosoftAjaxCdn"/> has been seen redirecting <c>MicrosoftAjax.js</c> to
    /// (OfficeDev/office-js #5733, dotnet/AspNetCore.Docs #34049). CSP checks every hop of a redirect, so it is allowed too.</summary>
    public const string MicrosoftAjaxRedirectTarget = "https://cdnsrc.asp.net";

    /// <summary>CSP <c>script-src</c> additions: office.js, its Outlook files, and MicrosoftAjax.js (and its redirect).</summary>
    public static IReadOnlyList<string> ScriptOrigins { get; } = [OfficeCdn, MicrosoftAjaxCdn, MicrosoftAjaxRedirectTarget];

    /// <summary>CSP <c>frame-src</c> additions: office.js frames its error page (<c>AgaveErrorUX</c>) and dialog plumbing from its CDN.</summary>
    public static IReadOnlyList<string> FrameOrigins { get; } = [OfficeCdn];
}
