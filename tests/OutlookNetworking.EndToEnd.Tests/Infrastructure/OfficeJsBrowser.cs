using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace OutlookNetworking.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A Chromium of its own for loading Microsoft's office.js as Outlook does (<c>TaskPane/OfficeJsLoadTests</c>):
/// <list type="bullet">
/// <item>MicrosoftAjax.js's redirect target (<c>https://cdnsrc.asp.net</c>) is a local TLS server that Chromium reaches
/// through <c>--host-resolver-rules</c>: Playwright routes do not see the request a redirect leads to, so the second hop
/// must reach a real socket, and it does, checked by the CSP like any other.</item>
/// <item>Local Network Access checks are off: the pane is on 127.0.0.1 here and framed by a played
/// https://outlook.office.com, which Chromium would otherwise treat as a public site reaching into the local network
/// (a real add-in host is public).</item>
/// </list>
/// </summary>
public sealed class OfficeJsBrowser : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private WebApplication? _redirectTarget;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Every path the played cdnsrc.asp.net was asked for.</summary>
    public ConcurrentQueue<string> RedirectTargetRequests { get; } = new();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.UseHttps(LiveHost.SelfSignedCertificate.Value)));
        builder.Logging.ClearProviders();
        _redirectTarget = builder.Build();
        _redirectTarget.MapGet("/ajax/3.5/MicrosoftAjax.js", (HttpContext context) =>
        {
            RedirectTargetRequests.Enqueue(context.Request.Path);
            context.Response.Headers.AccessControlAllowOrigin = "*";
            return Results.File(Path.Combine(AppContext.BaseDirectory, "TaskPane", "Outlook", "MicrosoftAjaxStandIn.js"), "text/javascript; charset=utf-8");
        });
        await _redirectTarget.StartAsync();
        var port = new Uri(_redirectTarget.Urls.First()).Port;

        _playwright = await Playwright.CreateAsync();
        Browser = await ChromiumFixture.LaunchAsync(_playwright,
            $"--host-resolver-rules=MAP cdnsrc.asp.net 127.0.0.1:{port}",
            "--ignore-certificate-errors",
            "--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights");
    }

    /// <summary>A page in a new context that accepts the self-signed certificates of the live host.</summary>
    public Task<IPage> NewPageAsync(int width, int height) => ChromiumFixture.NewPageAsync(Browser, width, height, ColorScheme.Light, ignoreHttpsErrors: true);

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_redirectTarget is not null)
        {
            await _redirectTarget.DisposeAsync();
        }
    }
}
