using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace OutlookNetworking.Web.Tests.Digest;

/// <summary>Reads digests and link pages as a mail client and a browser would.</summary>
internal static class DigestPages
{
    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The link of <paramref name="action"/> (done, snooze, dismiss, open) in suggestion row <paramref name="row"/>, as a relative URL.</summary>
    public static string Link(string digestHtml, int row, string action)
    {
        var rows = Parse(digestHtml).QuerySelectorAll("tr[data-testid=suggestion]");
        var href = rows[row].QuerySelector($"a[data-action={action}]")!.GetAttribute("href")!;
        return new Uri(href).PathAndQuery;
    }

    public static string SuggestionKey(string digestHtml, int row) =>
        Parse(digestHtml).QuerySelectorAll("tr[data-testid=suggestion]")[row].GetAttribute("data-key")!;

    public static string UnsubscribeLink(string digestHtml) =>
        new Uri(Parse(digestHtml).QuerySelector("a[data-action=unsubscribe]")!.GetAttribute("href")!).PathAndQuery;

    public static string State(string pageHtml) => Parse(pageHtml).QuerySelector("[data-testid=link-page]")!.GetAttribute("data-state")!;

    /// <summary>Opens a link's page (GET) and, when it offers the button, presses it (POST with the form's fields).</summary>
    public static async Task<(HttpStatusCode GetStatus, string GetState, HttpStatusCode? PostStatus, string? PostState)> OpenAndConfirmAsync(
        HttpClient browser, string link)
    {
        using var get = await browser.GetAsync(new Uri(link, UriKind.Relative));
        var page = await get.Content.ReadAsStringAsync();
        var form = Parse(page).QuerySelector("form");
        if (form is null)
        {
            return (get.StatusCode, State(page), null, null);
        }

        using var post = await browser.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), FormOf(page));
        return (get.StatusCode, State(page), post.StatusCode, State(await post.Content.ReadAsStringAsync()));
    }

    public static FormUrlEncodedContent FormOf(string pageHtml) =>
        new(Parse(pageHtml).QuerySelectorAll("form input[type=hidden]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value")!)));
}
