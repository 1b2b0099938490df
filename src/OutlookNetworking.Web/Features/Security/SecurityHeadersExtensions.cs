using Microsoft.Extensions.Options;

namespace OutlookNetworking.Web.Features.Security;

/// <summary>
/// Security headers on every response (NetEscapades.AspNetCore.SecurityHeaders): a Content-Security-Policy that
/// lets only the Outlook hosts frame the task pane (<c>/taskpane/*</c>) and nothing frame any other page (admin pages,
/// the Hangfire dashboard, digest links: <c>frame-ancestors 'none'</c>), and only this site and what office.js loads
/// (<see cref="OfficeJsSources"/>) run scripts; nosniff;
/// strict-origin-when-cross-origin referrers. No X-Frame-Options: DENY or SAMEORIGIN would break the task pane,
/// and frame-ancestors supersedes it in every browser Outlook uses.
/// </summary>
public static class SecurityHeadersExtensions
{
    /// <summary>The task pane's path: the only pages Outlook frames.</summary>
    public const string TaskPanePath = "/taskpane";

    public static WebApplication UseOutlookNetworkingSecurityHeaders(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = new SecurityHeadersOptions();
        app.Configuration.GetSection(SecurityHeadersOptions.SectionName).Bind(options);
        IReadOnlyList<string> frameAncestors = options.FrameAncestors.Count > 0 ? [.. options.FrameAncestors] : SecurityHeadersOptions.DefaultFrameAncestors;
        var identityOrigin = app.Services.GetRequiredService<IOptions<Auth.EntraIdOptions>>().Value.InstanceUri.GetLeftPart(UriPartial.Authority);

        var pane = Policies(identityOrigin, frameAncestors);
        var elsewhere = Policies(identityOrigin, frameAncestors: null);
        app.UseWhen(context => IsTaskPane(context.Request), branch => branch.UseSecurityHeaders(pane));
        app.UseWhen(context => !IsTaskPane(context.Request), branch => branch.UseSecurityHeaders(elsewhere));
        return app;
    }

    private static bool IsTaskPane(HttpRequest request) =>
        request.Path.StartsWithSegments(TaskPanePath, StringComparison.OrdinalIgnoreCase);

    /// <summary>The headers; <paramref name="frameAncestors"/> null: no page may frame the response ('none').</summary>
    private static HeaderPolicyCollection Policies(string identityOrigin, IReadOnlyList<string>? frameAncestors) =>
        new HeaderPolicyCollection()
            .AddContentTypeOptionsNoSniff()
            .AddReferrerPolicyStrictOriginWhenCrossOrigin()
            .RemoveServerHeader()
            .AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().Self();
                csp.AddScriptSrc().Self().From(OfficeJsSources.ScriptOrigins);
                // Fluent UI (Griffel) inserts <style> elements at run time.
                csp.AddStyleSrc().Self().UnsafeInline();
                csp.AddImgSrc().Self().Data().From("https:");
                csp.AddFontSrc().Self().Data();
                csp.AddConnectSrc().Self().From(identityOrigin);
                // MSAL's silent renewal and office.js's dialog plumbing use frames on these origins.
                csp.AddFrameSrc().Self().From(identityOrigin).From(OfficeJsSources.FrameOrigins);
                if (frameAncestors is null)
                {
                    csp.AddFrameAncestors().None();
                }
                else
                {
                    csp.AddFrameAncestors().Self().From(frameAncestors);
                }

                csp.AddFormAction().Self().From(identityOrigin);
                csp.AddObjectSrc().None();
                csp.AddBaseUri().Self();
            });
}
