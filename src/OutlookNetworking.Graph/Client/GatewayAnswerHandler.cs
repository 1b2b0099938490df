using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;

namespace OutlookNetworking.Graph.Client;

/// <summary>
/// A gateway in front of Graph may answer 502 or 504 with an HTML page instead of Graph's JSON error (graph-fidelity
/// GF-16). The SDK can read no error from that (it has no parser for HTML) and would fail with an exception nothing
/// recognises as transient; this handler turns any server error whose body is not JSON into Graph's error shape (code
/// <c>gatewayAnswerNotJson</c>, the status kept), so it is retried like any 5xx. Logs the status only.
/// </summary>
internal sealed partial class GatewayAnswerHandler(ILogger logger) : DelegatingHandler
{
    /// <summary>The code of the JSON error that stands for a gateway's non-JSON answer.</summary>
    public const string Code = "gatewayAnswerNotJson";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var status = (int)response.StatusCode;
        if (status < 500 || response.Content.Headers.ContentType?.MediaType is { } type && type.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return response;
        }

        LogNotJson(logger, status, response.Content.Headers.ContentType?.MediaType ?? "no");
        response.Content.Dispose();
        var error = string.Create(CultureInfo.InvariantCulture,
            $"{{\"error\":{{\"code\":\"{Code}\",\"message\":\"Graph's gateway answered {status} without a JSON body.\"}}}}");
        response.Content = new StringContent(error, Encoding.UTF8);
        response.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return response;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph answered {Status} with a {ContentType} body instead of JSON (a gateway's page); treated as a transient failure and retried")]
    private static partial void LogNotJson(ILogger logger, int status, string contentType);
}
