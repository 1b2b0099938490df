using AngleSharp.Html.Parser;

namespace OutlookNetworking.Web.Tests.Digest;

/// <summary>
/// What an HTML email must not do, checked on the parsed document (as a browser sees it): no script or SVG, no
/// embedded or interactive elements, no external stylesheet, font or import, no remote resource at all, images only
/// with alt text, no event handlers or javascript: links, a 600 px container, and under Gmail's 102 KB clipping size.
/// Shared with the browser tests (linked there).
/// </summary>
public static class EmailSafetyCheck
{
    private static readonly string[] ForbiddenElements =
    [
        "script", "noscript", "svg", "math", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input",
        "button", "select", "textarea", "video", "audio", "canvas", "base", "link",
    ];

    /// <summary>Every rule <paramref name="html"/> breaks; empty when it is safe to send.</summary>
    public static IReadOnlyList<string> Violations(string html)
    {
        var violations = new List<string>();
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.All)
        {
            var tag = element.LocalName;
            if (ForbiddenElements.Contains(tag, StringComparer.Ordinal))
            {
                violations.Add($"<{tag}> is not allowed in an email");
            }

            if (tag == "img")
            {
                if (string.IsNullOrWhiteSpace(element.GetAttribute("alt")))
                {
                    violations.Add("an image without alt text");
                }

                if (element.GetAttribute("src") is { } src && !src.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase)
                    && !src.StartsWith("cid:", StringComparison.OrdinalIgnoreCase))
                {
                    violations.Add("a remote image: " + src);
                }
            }

            if (tag == "meta" && string.Equals(element.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add("a meta refresh");
            }

            if (tag == "style" && HasExternalReference(element.TextContent))
            {
                violations.Add("a <style> block that loads something (@import or url())");
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    violations.Add($"an event handler ({attribute.Name}) on <{tag}>");
                }

                if (attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                {
                    violations.Add($"a javascript: URL in {attribute.Name} of <{tag}>");
                }

                if (attribute.Name == "style" && (HasExternalReference(attribute.Value) || attribute.Value.Contains("expression(", StringComparison.OrdinalIgnoreCase)))
                {
                    violations.Add($"a style on <{tag}> that loads something");
                }

                if (attribute.Name is "background" or "srcset" or "poster")
                {
                    violations.Add($"a {attribute.Name} attribute on <{tag}>");
                }
            }

            if (tag == "a" && element.GetAttribute("href") is { } href
                && !href.StartsWith("https://", StringComparison.OrdinalIgnoreCase) && !href.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                && !href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add("a link that is not absolute http(s) or mailto: " + href);
            }
        }

        if (!document.QuerySelectorAll("table").Any(t => t.GetAttribute("width") == "600"))
        {
            violations.Add("no 600 px wide container table");
        }

        if (System.Text.Encoding.UTF8.GetByteCount(html) > 102 * 1024)
        {
            violations.Add("larger than 102 KB (Gmail clips it)");
        }

        return violations;
    }

    private static bool HasExternalReference(string css) =>
        css.Contains("@import", StringComparison.OrdinalIgnoreCase) || css.Contains("url(", StringComparison.OrdinalIgnoreCase)
        || css.Contains("@font-face", StringComparison.OrdinalIgnoreCase);
}
