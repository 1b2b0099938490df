using System.Net.Sockets;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using OutlookNetworking.Graph.Mapping;

namespace OutlookNetworking.Graph.Sync;

/// <summary>How the sync reads a failed Graph call.</summary>
internal static class GraphErrors
{
    /// <summary>Maps every error status to Graph's ODataError, so the code and status are readable.</summary>
    public static readonly Dictionary<string, ParsableFactory<IParsable>> Mapping = new(StringComparer.Ordinal)
    {
        ["XXX"] = ODataError.CreateFromDiscriminatorValue,
    };

    private static readonly string[] ResyncCodes = ["syncStateNotFound", "resyncRequired", "syncStateInvalid", "SyncStateNotFound"];

    /// <summary>The delta token is no longer valid: the stream must start over (410 Gone / syncStateNotFound).</summary>
    public static bool IsResync(Exception ex) => ex is ApiException api &&
        (api.ResponseStatusCode == 410 ||
         (api is ODataError { Error.Code: { } code } && ResyncCodes.Contains(code, StringComparer.OrdinalIgnoreCase)));

    /// <summary>The resource is gone (a folder deleted between listing and syncing).</summary>
    public static bool IsNotFound(Exception ex) => ex is ApiException { ResponseStatusCode: 404 };

    /// <summary>Worth another attempt: throttling and server errors after the SDK's own retries, dropped
    /// connections, timeouts, truncated pages.</summary>
    public static bool IsTransient(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        // The SDK's retry handler gives up with every attempt's error wrapped ("Too many retries performed").
        AggregateException { InnerExceptions.Count: > 0 } all => all.InnerExceptions.All(e => IsTransient(e, cancellationToken)),
        Microsoft.Graph.ClientException { InnerException: System.Text.Json.JsonException } => true,
        ApiException { InnerException: System.Text.Json.JsonException } => true,
        ApiException api => api.ResponseStatusCode is 429 or 500 or 502 or 503 or 504,
        MalformedPageException => true,
        // A typed response or a $batch body cut short (a dropped connection mid-body): the SDK cannot read it.
        System.Text.Json.JsonException => true,
        HttpRequestException or IOException or SocketException => true,
        TaskCanceledException or OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    /// <summary>The server's Retry-After, when it sent one.</summary>
    public static TimeSpan? RetryAfter(Exception ex)
    {
        if (ex is AggregateException { InnerExceptions.Count: > 0 } all)
        {
            return RetryAfter(all.InnerExceptions[^1]);
        }

        if (ex is ApiException { ResponseHeaders: { } headers }
            && headers.TryGetValue("Retry-After", out var values)
            && int.TryParse(values.FirstOrDefault(), out var seconds))
        {
            return TimeSpan.FromSeconds(Math.Clamp(seconds, 0, 120));
        }

        return null;
    }
}
