using Microsoft.Playwright;

namespace OutlookNetworking.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Records, in every frame of a browser context, what would break the pane without a visible error: each
/// <c>securitypolicyviolation</c> event (a Content-Security-Policy refusal) and each uncaught error, including the
/// strings office.js throws when a file it needs did not load. Read them per frame with <see cref="ReadAsync"/>.
/// </summary>
public static class PaneProblems
{
    /// <summary>office.js's own load-failure messages (office.js and outlook-*-16.0x.js, 1.1.110).</summary>
    public static IReadOnlyList<string> OfficeJsFailureMessages { get; } =
        ["Not able to load MicrosoftAjax.js", "MicrosoftAjax.js is not loaded successfully", "Office.js has not fully loaded"];

    private const string Recorder = """
        window.__paneProblems = [];
        document.addEventListener('securitypolicyviolation', function (e) {
          window.__paneProblems.push('CSP violation: ' + e.violatedDirective + ' refused ' + e.blockedURI);
        }, true);
        window.addEventListener('error', function (e) {
          window.__paneProblems.push('Uncaught: ' + e.message + (typeof e.error === 'string' ? ' (' + e.error + ')' : ''));
        }, true);
        """;

    public static Task InstallAsync(IBrowserContext context) => context.AddInitScriptAsync(Recorder);

    public static async Task<IReadOnlyList<string>> ReadAsync(IFrame frame) =>
        await frame.EvaluateAsync<string[]>("() => window.__paneProblems || []");

    /// <summary>The CSP violations and office.js load failures among <paramref name="problems"/>.</summary>
    public static IReadOnlyList<string> Blocking(IEnumerable<string> problems) =>
        problems.Where(p => p.StartsWith("CSP violation", StringComparison.Ordinal) || OfficeJsFailureMessages.Any(m => p.Contains(m, StringComparison.Ordinal))).ToList();
}
