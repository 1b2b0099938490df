using Microsoft.Playwright;
using OutlookNetworking.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OutlookNetworking.EndToEnd.Tests.TaskPane;

/// <summary>
/// office.js as Outlook loads it, under the product's real headers (the live host over https): Microsoft's own files of
/// the pinned <c>@microsoft/office-js</c> served in place of the CDN (<see cref="OfficeCdn"/>, <see cref="OfficeJsBrowser"/>), the host information of
/// Outlook on the web (<c>Outlook$Web$16.01</c>, the pane framed by https://outlook.office.com with its
/// <c>_xdm_Info</c>) and of classic Outlook (<c>Outlook$Win32$16.02</c>, top level). Each test waits until office.js
/// asks Outlook for its context, the furthest it goes without a real Outlook: on the web a
/// <c>ContextActivationManager_getAppContextAsync</c> message posted to the Outlook frame; on Windows a call of
/// <c>window.external.GetContext()</c>. By then office.js has loaded the Outlook-specific file, its locale strings and
/// MicrosoftAjax.js (through its redirect), and any CSP refusal or office.js load failure would have been recorded.
/// What it cannot prove: the answers of a real Outlook (the app context, the mailbox, Office.onReady with the Outlook
/// host) and the real MicrosoftAjax.js (a stand-in takes its place: see TaskPane/Outlook/MicrosoftAjaxStandIn.js).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OfficeJsLoadTests : IClassFixture<OfficeJsBrowser>
{
    private readonly OfficeJsBrowser browser;
    private readonly AnalysedContosoHost contoso;
    private readonly ITestOutputHelper output;

    public OfficeJsLoadTests(OfficeJsBrowser browser, AnalysedContosoHost contoso, ITestOutputHelper output)
    {
        this.browser = browser;
        this.contoso = contoso;
        this.output = output;
        // One browser for the class: what its redirect target saw belongs to the test that runs now.
        browser.RedirectTargetRequests.Clear();
    }

    private const string WebHostInfo = "Outlook$Web$16.01$en-US$$$$0";
    private const string Win32HostInfo = "Outlook$Win32$16.02$en-US$$$$0";
    private const string OutlookWebFrameUrl = "https://outlook.office.com/mail/";

    [Fact]
    public async Task OutlookOnTheWeb_MicrosoftsOfficeJs_LoadsUnderTheProductsHeadersAndAsksOutlookForItsContext()
    {
        var page = await browser.NewPageAsync(1000, 800);
        try
        {
            var cdn = await OfficeCdn.RouteAsync(page.Context, OfficeJsFlavor.Microsoft);
            await PaneProblems.InstallAsync(page.Context);
            var paneUrl = contoso.Host.HttpsUrl("/taskpane/?_host_Info=" + WebHostInfo) + "#&_xdm_Info=e2e-conversation$e2e-app$" + OutlookWebFrameUrl;
            await page.Context.RouteAsync(OutlookWebFrameUrl, route => route.FulfillAsync(new RouteFulfillOptions
            {
                ContentType = "text/html; charset=utf-8",
                Body = $$"""
                    <!doctype html><title>Outlook</title>
                    <script>window.__hostMessages = []; addEventListener('message', function (e) {
                      window.__hostMessages.push(e.origin + ' ' + (typeof e.data === 'string' ? e.data : JSON.stringify(e.data))); });</script>
                    <iframe id="pane" src="{{paneUrl}}" style="width:350px;height:700px"></iframe>
                    """,
            }));

            await page.GotoAsync(OutlookWebFrameUrl);
            var asked = await WaitAsync(() => page.EvaluateAsync<bool>("() => window.__hostMessages.some(m => m.includes('ContextActivationManager_getAppContextAsync'))"));
            var pane = page.Frames.Single(f => f.Url.Contains("/taskpane/", StringComparison.Ordinal));
            var hostMessages = await page.EvaluateAsync<string[]>("() => window.__hostMessages");

            await AssertLoadedAndWaitingForOutlookAsync(cdn, pane, "outlook-web-16.01.js", hostMessages);
            Assert.True(asked, "office.js posted getAppContextAsync to the Outlook frame");
            Assert.Contains(hostMessages, m => m.StartsWith(contoso.Host.HttpsBaseUri.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task ClassicOutlook_MicrosoftsOfficeJs_LoadsUnderTheProductsHeadersAndAsksOutlookForItsContext()
    {
        var (page, cdn) = await OpenClassicOutlookPaneAsync(restrictCsp: false);
        try
        {
            var asked = await WaitAsync(() => page.EvaluateAsync<bool>("() => window.__hostCalls.includes('GetContext')"));

            await AssertLoadedAndWaitingForOutlookAsync(cdn, page.MainFrame, "outlook-win32-16.02.js", await page.EvaluateAsync<string[]>("() => window.__hostCalls"));
            Assert.True(asked, "office.js called window.external.GetContext()");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>The control: the same load with the CSP as it was (without MicrosoftAjax.js's origins) must be caught,
    /// and the pane must say what to tell IT at once instead of waiting or showing the demo.</summary>
    [Fact]
    public async Task ClassicOutlook_CspWithoutMicrosoftAjaxOrigins_ViolationCaughtAndPaneSaysWhatToTellIt()
    {
        var (page, cdn) = await OpenClassicOutlookPaneAsync(restrictCsp: true);
        try
        {
            await Assertions.Expect(page.GetByTestId("state-office-failed")).ToBeVisibleAsync();
            var problems = await PaneProblems.ReadAsync(page.MainFrame);
            Report(cdn, problems, []);

            Assert.Contains(PaneProblems.Blocking(problems), p => p.Contains("CSP violation", StringComparison.Ordinal) && p.Contains("ajax.aspnetcdn.com", StringComparison.Ordinal));
            Assert.Contains(PaneProblems.Blocking(problems), p => p.Contains("Not able to load MicrosoftAjax.js", StringComparison.Ordinal));
            Assert.DoesNotContain(OfficeCdn.MicrosoftAjaxUrl, cdn.Requests);
            var message = await page.GetByTestId("state-office-failed").InnerTextAsync();
            Assert.Contains("https://ajax.aspnetcdn.com", message, StringComparison.Ordinal);
            Assert.Contains("https://appsforoffice.microsoft.com", message, StringComparison.Ordinal);
            await Assertions.Expect(page.GetByTestId("demo-bar")).ToHaveCountAsync(0);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Outside Outlook and without <c>?demo</c>: office.js reports no host, the pane says it runs in Outlook and
    /// links the demo, and never starts the demo itself.</summary>
    [Fact]
    public async Task PlainBrowser_WithoutDemo_SaysItRunsInOutlookAndLinksTheDemo()
    {
        var page = await browser.NewPageAsync(350, 700);
        try
        {
            var cdn = await OfficeCdn.RouteAsync(page.Context, OfficeJsFlavor.Microsoft);
            await PaneProblems.InstallAsync(page.Context);
            await page.GotoAsync(contoso.Host.HttpsUrl("/taskpane/"));

            await Assertions.Expect(page.GetByTestId("state-not-in-outlook")).ToBeVisibleAsync();
            var problems = await PaneProblems.ReadAsync(page.MainFrame);
            Report(cdn, problems, []);
            Assert.Empty(PaneProblems.Blocking(problems));
            await Assertions.Expect(page.GetByTestId("demo-bar")).ToHaveCountAsync(0);
            Assert.Equal("?demo", await page.GetByTestId("state-not-in-outlook").GetByRole(AriaRole.Link).GetAttributeAsync("href"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private async Task<(IPage Page, OfficeCdn Cdn)> OpenClassicOutlookPaneAsync(bool restrictCsp)
    {
        var page = await browser.NewPageAsync(350, 700);
        var cdn = await OfficeCdn.RouteAsync(page.Context, OfficeJsFlavor.Microsoft);
        await PaneProblems.InstallAsync(page.Context);
        // Classic Outlook's webview answers office.js through window.external; here nobody does: record the ask.
        await page.Context.AddInitScriptAsync("""
            window.__hostCalls = [];
            try { window.external.GetContext = function () { window.__hostCalls.push('GetContext'); throw new Error('no Outlook on this machine'); }; } catch (e) { }
            """);
        var paneUrl = contoso.Host.HttpsUrl("/taskpane/?_host_Info=" + Win32HostInfo);
        if (restrictCsp)
        {
            await page.RouteAsync(url => url == paneUrl, async route =>
            {
                var response = await route.FetchAsync();
                var headers = new Dictionary<string, string>(response.Headers, StringComparer.OrdinalIgnoreCase);
                headers["content-security-policy"] = headers["content-security-policy"]
                    .Replace(" https://ajax.aspnetcdn.com", "", StringComparison.Ordinal)
                    .Replace(" https://cdnsrc.asp.net", "", StringComparison.Ordinal);
                await route.FulfillAsync(new RouteFulfillOptions { Response = response, Headers = headers });
            });
        }

        await page.GotoAsync(paneUrl);
        return (page, cdn);
    }

    /// <summary>No CSP violation or office.js load failure in the pane; office.js, the Outlook file <paramref name="hostFile"/>
    /// and MicrosoftAjax.js (through its redirect) requested; the pane waiting for Outlook, not the demo.</summary>
    private async Task AssertLoadedAndWaitingForOutlookAsync(OfficeCdn cdn, IFrame pane, string hostFile, IReadOnlyList<string> hostTraffic)
    {
        var problems = await PaneProblems.ReadAsync(pane);
        Report(cdn, problems, hostTraffic);
        Assert.Empty(PaneProblems.Blocking(problems));
        Assert.True(cdn.Requested("office.js"), "office.js requested from the CDN");
        Assert.True(cdn.Requested(hostFile), hostFile + " requested");
        Assert.Contains(OfficeCdn.MicrosoftAjaxUrl, cdn.Requests);
        Assert.Contains("/ajax/3.5/MicrosoftAjax.js", browser.RedirectTargetRequests);
        await Assertions.Expect(pane.GetByTestId("state-connecting")).ToBeVisibleAsync();
        await Assertions.Expect(pane.GetByTestId("demo-bar")).ToHaveCountAsync(0);
    }

    /// <summary>Polls <paramref name="condition"/> for up to 30 s (office.js loads a few files; the machine is shared).</summary>
    private static async Task<bool> WaitAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 300; i++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    private void Report(OfficeCdn cdn, IReadOnlyList<string> problems, IReadOnlyList<string> hostTraffic)
    {
        output.WriteLine($"@microsoft/office-js {OfficeCdn.OfficeJsVersion}; requests to the played CDNs:");
        foreach (var url in cdn.Requests)
        {
            output.WriteLine("  " + url);
        }

        output.WriteLine("  (redirect target, local TLS server) " + string.Join(", ", browser.RedirectTargetRequests.Select(p => "https://cdnsrc.asp.net" + p)));
        output.WriteLine("Problems recorded in the pane: " + (problems.Count == 0 ? "none" : string.Join(" | ", problems)));
        output.WriteLine("What reached the host: " + (hostTraffic.Count == 0 ? "nothing" : string.Join(" | ", hostTraffic)));
    }
}
