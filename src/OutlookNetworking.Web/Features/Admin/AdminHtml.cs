using System.Text.Encodings.Web;

namespace OutlookNetworking.Web.Features.Admin;

/// <summary>The plain HTML shell of the admin pages (every value is HTML-encoded by the caller through <see cref="E"/>).</summary>
internal static class AdminHtml
{
    public static string E(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    public static IResult Page(string title, string body, int status = StatusCodes.Status200OK) => Results.Content($"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>{E(title)} - OutlookNetworking</title>
        <link rel="stylesheet" href="/admin/assets/admin.css"></head>
        <body><main><h1>{E(title)}</h1>
        {body}
        </main></body></html>
        """, "text/html; charset=utf-8", statusCode: status);
}
