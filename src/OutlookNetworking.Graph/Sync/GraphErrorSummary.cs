using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace OutlookNetworking.Graph.Sync;

/// <summary>
/// What of a failure may be logged or stored: the HTTP status and Graph's error code, or the exception's type. Never the
/// message: Graph's error text can quote addresses, subjects or folder names ("The mailbox ava@contoso.example …").
/// </summary>
public static class GraphErrorSummary
{
    private const int MaxCodeLength = 64;

    /// <summary>E.g. <c>ODataError: Graph 403 ErrorAccessDenied</c>, <c>ApiException: Graph 503</c>,
    /// <c>HttpRequestException: HTTP ConnectionError</c>, <c>TimeoutException</c>.</summary>
    public static string Of(Exception error)
    {
        var cause = Cause(error);
        var summary = cause switch
        {
            ODataError { ResponseStatusCode: var status, Error.Code: { } code } => $"Graph {status} {Code(code)}",
            ApiException { ResponseStatusCode: > 0 } api => $"Graph {api.ResponseStatusCode}",
            HttpRequestException { StatusCode: { } status } => $"HTTP {(int)status}",
            HttpRequestException http => $"HTTP {http.HttpRequestError}",
            _ => null,
        };
        var name = cause.GetType().Name;
        return summary is null ? name : $"{name}: {summary}";
    }

    /// <summary>The Graph or HTTP error inside wrappers, else the exception itself.</summary>
    private static Exception Cause(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is ApiException or HttpRequestException)
            {
                return e;
            }
        }

        return error;
    }

    /// <summary>Graph's codes are identifiers (<c>ErrorAccessDenied</c>, <c>Request_ResourceNotFound</c>); anything else is
    /// not passed on.</summary>
    private static string Code(string code) =>
        code.Length <= MaxCodeLength && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-') ? code : "(unreadable code)";
}
