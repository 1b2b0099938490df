using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using OutlookNetworking.EndToEnd.Tests.Infrastructure;

namespace OutlookNetworking.EndToEnd.Tests.TaskPane;

/// <summary>
/// How the live host serves the built pane (Features/TaskPane/TaskPaneFilesExtensions): its content-hashed scripts
/// compressed as the browser accepts and cached as immutable; the page itself revalidated on every load.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class TaskPaneFilesTests(AnalysedContosoHost contoso)
{
    [Theory]
    [InlineData("br, gzip", "br")]
    [InlineData("gzip", "gzip")]
    public async Task EntryScript_BrowserAcceptsCompression_ComesCompressedAndImmutable(string acceptEncoding, string expectedEncoding)
    {
        using var http = contoso.Host.CreateHttpClient();
        var script = await EntryScriptAsync(http);
        var plain = await http.GetByteArrayAsync(new Uri(script, UriKind.Relative));

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(script, UriKind.Relative));
        foreach (var encoding in acceptEncoding.Split(", "))
        {
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        }

        using var response = await http.SendAsync(request);

        response.EnsureSuccessStatusCode();
        Assert.Equal([expectedEncoding], response.Content.Headers.ContentEncoding);
        Assert.True(response.Headers.CacheControl is { Public: true, MaxAge.TotalDays: >= 365 }, "cached for a year");
        Assert.Contains("immutable", response.Headers.CacheControl.Extensions.Select(e => e.Name));
        var compressed = await response.Content.ReadAsByteArrayAsync();
        Assert.True(compressed.Length < plain.Length / 2, $"{compressed.Length} of {plain.Length} bytes");
        Assert.Equal(plain, Decompress(compressed, expectedEncoding));
    }

    [Fact]
    public async Task TaskPanePage_Requested_RevalidatedOnEveryLoad()
    {
        using var http = contoso.Host.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/taskpane/", UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        using var response = await http.SendAsync(request);

        response.EnsureSuccessStatusCode();
        Assert.True(response.Headers.CacheControl?.NoCache, "no-cache: a new release reaches Outlook on its next load");
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("<div id=\"root\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaskPanePage_WithoutDemo_LoadsOfficeJsFromTheCdnInHeadBeforeAnyOtherScript()
    {
        using var http = contoso.Host.CreateHttpClient();
        var html = await http.GetStringAsync(new Uri("/taskpane/", UriKind.Relative));

        var head = html[..html.IndexOf("</head>", StringComparison.Ordinal)];
        var scripts = ScriptSource().Matches(head).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal("https://appsforoffice.microsoft.com/lib/1/hosted/office.js", scripts.FirstOrDefault());
        Assert.Contains("/taskpane/unsupported-webview.js", scripts);
        // Kept before the pane's modules run: office.js's asynchronous loads can fail before the pane subscribes.
        Assert.Equal("/taskpane/early-problems.js", scripts.ElementAtOrDefault(1));
    }

    [Theory]
    [InlineData("/taskpane/?demo")]
    [InlineData("/taskpane/index.html?demo&upn=ava.patel%40contoso.example")]
    public async Task TaskPanePage_WithDemo_IsTheDemoPageWithoutOfficeJs(string url)
    {
        using var http = contoso.Host.CreateHttpClient();
        var html = await http.GetStringAsync(new Uri(url, UriKind.Relative));

        Assert.DoesNotContain("appsforoffice.microsoft.com", html, StringComparison.Ordinal);
        Assert.Contains("<title>OutlookNetworking demo</title>", html, StringComparison.Ordinal);
        Assert.Matches(ModuleScript(), html);
    }

    private static async Task<string> EntryScriptAsync(HttpClient http)
    {
        var html = await http.GetStringAsync(new Uri("/taskpane/", UriKind.Relative));
        return ModuleScript().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("no module script in /taskpane/");
    }

    private static byte[] Decompress(byte[] bytes, string encoding)
    {
        using var input = new MemoryStream(bytes);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    [GeneratedRegex("""<script[^>]*type="module"[^>]*src="([^"]+)"[^>]*>""")]
    private static partial Regex ModuleScript();

    [GeneratedRegex("""<script[^>]*\ssrc="([^"]+)"[^>]*>""")]
    private static partial Regex ScriptSource();
}
