using System.Text;
using Microsoft.AspNetCore.Http;

namespace OutlookNetworking.GraphSimulator.Http;

/// <summary>
/// What a gateway in front of Graph answers when the service behind it fails: an HTML page, not Graph's JSON error, and
/// no Retry-After (graph-fidelity GF-16).
/// </summary>
internal static class GatewayPage
{
    public static Task WriteAsync(HttpContext context, int status)
    {
        var title = status == StatusCodes.Status502BadGateway
            ? "502 - Web server received an invalid response while acting as a gateway or proxy server."
            : "504 - Gateway Timeout";
        var bytes = Encoding.UTF8.GetBytes(
            "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\r\n"
            + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>" + title + "</title></head>\r\n"
            + "<body><div id=\"header\"><h1>Server Error</h1></div><div id=\"content\"><h2>" + title + "</h2>"
            + "<h3>There is a problem with the page you are looking for, and it cannot be displayed.</h3></div></body></html>\r\n");
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html";
        context.Response.ContentLength = bytes.Length;
        return context.Response.Body.WriteAsync(bytes, context.RequestAborted).AsTask();
    }
}
