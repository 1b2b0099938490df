using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;

namespace OutlookNetworking.EndToEnd.Tests.Infrastructure;

/// <summary>Which office.js <see cref="OfficeCdn"/> serves.</summary>
public enum OfficeJsFlavor
{
    /// <summary>Microsoft's own files: the <c>dist/</c> folder of the pinned npm package <c>@microsoft/office-js</c>.</summary>
    Microsoft,

    /// <summary>TaskPane/Outlook/OutlookStandIn.js: a played Outlook, for tests that need the pane inside Outlook.</summary>
    OutlookStandIn,
}

/// <summary>
/// Microsoft's CDNs, played in one browser context by Playwright routes (this machine has no internet):
/// <c>https://appsforoffice.microsoft.com/lib/1/hosted/*</c> from the pinned <c>@microsoft/office-js</c> package's
/// <c>dist/</c> (the same files the CDN serves), <c>https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js</c> as a
/// redirect to <c>https://cdnsrc.asp.net/...</c> (the redirect reported in OfficeDev/office-js #5733), which a browser
/// from <see cref="OfficeJsBrowser"/> reaches on a local TLS server serving TaskPane/Outlook/MicrosoftAjaxStandIn.js
/// (Microsoft's file is in no installable package). Script answers carry
/// <c>Access-Control-Allow-Origin: *</c>, as the CDNs' do (office.js loads them with <c>crossorigin="anonymous"</c>).
/// Every request is recorded in <see cref="Requests"/>.
/// </summary>
public sealed class OfficeCdn
{
    public const string OfficeJsUrl = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
    public const string MicrosoftAjaxUrl = "https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js";
    private const string HostedPrefix = "/lib/1/hosted/";

    private readonly OfficeJsFlavor _flavor;

    private OfficeCdn(OfficeJsFlavor flavor) => _flavor = flavor;

    /// <summary>Every URL the context asked of the played CDNs, in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>The npm package's <c>dist/</c> folder (installed by the task pane's <c>npm ci</c>).</summary>
    public static string OfficeJsDist => Path.Combine(RepositoryRoot, "src", "OutlookNetworking.TaskPane", "node_modules", "@microsoft", "office-js", "dist");

    /// <summary>The version of <c>@microsoft/office-js</c> served (pinned in the task pane's package.json).</summary>
    public static string OfficeJsVersion
    {
        get
        {
            using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(OfficeJsDist, "..", "package.json")));
            return package.RootElement.GetProperty("version").GetString()!;
        }
    }

    public static async Task<OfficeCdn> RouteAsync(IBrowserContext context, OfficeJsFlavor flavor)
    {
        var cdn = new OfficeCdn(flavor);
        await context.RouteAsync("https://appsforoffice.microsoft.com/**", cdn.ServeOfficeJsAsync);
        await context.RouteAsync("https://ajax.aspnetcdn.com/**", route =>
        {
            cdn.Requests.Enqueue(route.Request.Url);
            return route.FulfillAsync(new RouteFulfillOptions
            {
                Status = 302,
                Headers = new Dictionary<string, string>
                {
                    ["Location"] = "https://cdnsrc.asp.net" + new Uri(route.Request.Url).AbsolutePath,
                    ["Access-Control-Allow-Origin"] = "*",
                },
            });
        });
        return cdn;
    }

    /// <summary>True when a request to the played CDNs ended with <paramref name="fileName"/> (e.g. <c>outlook-web-16.01.js</c>).</summary>
    public bool Requested(string fileName) => Requests.Any(u => new Uri(u).AbsolutePath.EndsWith("/" + fileName, StringComparison.Ordinal));

    private Task ServeOfficeJsAsync(IRoute route)
    {
        Requests.Enqueue(route.Request.Url);
        var path = new Uri(route.Request.Url).AbsolutePath;
        if (!path.StartsWith(HostedPrefix, StringComparison.Ordinal))
        {
            return route.FulfillAsync(new RouteFulfillOptions { Status = 404 });
        }

        if (_flavor == OfficeJsFlavor.OutlookStandIn && path == HostedPrefix + "office.js")
        {
            return FulfillScriptAsync(route, Path.Combine(AppContext.BaseDirectory, "TaskPane", "Outlook", "OutlookStandIn.js"));
        }

        // The CDN's paths are case-insensitive (office.js asks for AgaveErrorUX/, the package has agaveerrorux/).
        var file = Path.GetFullPath(Path.Combine(OfficeJsDist, path[HostedPrefix.Length..].ToLowerInvariant()));
        return file.StartsWith(OfficeJsDist, StringComparison.Ordinal) && File.Exists(file)
            ? FulfillScriptAsync(route, file)
            : route.FulfillAsync(new RouteFulfillOptions { Status = 404 });
    }

    private static Task FulfillScriptAsync(IRoute route, string file) => route.FulfillAsync(new RouteFulfillOptions
    {
        Status = 200,
        ContentType = file.EndsWith(".html", StringComparison.Ordinal) ? "text/html; charset=utf-8" : "text/javascript; charset=utf-8",
        BodyBytes = File.ReadAllBytes(file),
        Headers = new Dictionary<string, string> { ["Access-Control-Allow-Origin"] = "*" },
    });

    private static string RepositoryRoot
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "OutlookNetworking.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new InvalidOperationException("OutlookNetworking.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
