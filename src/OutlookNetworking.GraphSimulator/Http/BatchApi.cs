using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OutlookNetworking.GraphSimulator.Http;

/// <summary>
/// <c>POST /$batch</c>: JSON batching as Graph documents it. At most 20 requests (more: 400);
/// each item gets its own status, headers and body. At most 4 items run at once, whatever mailboxes they address
/// (docs: throttling-limits, "Outlook service limits for JSON batching"; graph-fidelity GF-16), unless they use
/// <c>dependsOn</c> (then in order; a failed dependency answers 424). Each item passes the same pipeline as a request of
/// its own, so items are throttled one by one: with other requests of the app in flight, an item may answer 429 while
/// the others succeed. Batch items are not retried by the Graph SDK: the client must.
/// </summary>
internal static class BatchApi
{
    /// <summary>Graph's limit of requests per batch.</summary>
    public const int MaxRequests = 20;

    /// <summary>How many of a batch's requests Outlook runs at once.</summary>
    public const int Parallelism = 4;

    public static void MapBatchApi(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/v1.0/$batch", HandleAsync);

    private static async Task HandleAsync(HttpContext context, BatchDispatcher dispatcher)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted);
        }
        catch (JsonException exception)
        {
            await GraphErrors.BadRequest(context, "Invalid batch payload format: " + exception.Message);
            return;
        }

        using (document)
        {
            var items = ReadItems(document.RootElement, out var error);
            if (items is null)
            {
                await GraphErrors.BadRequest(context, error!);
                return;
            }

            var authorization = context.Request.Headers.Authorization.ToString();
            var tasks = new Dictionary<string, Task<BatchResult>>(StringComparer.Ordinal);
            using var running = new SemaphoreSlim(Parallelism);
            foreach (var item in items)
            {
                tasks[item.Id] = RunAsync(item, tasks, running, authorization, dispatcher, context.RequestAborted);
            }

            var results = new List<BatchResult>(items.Count);
            foreach (var item in items)
            {
                results.Add(await tasks[item.Id]);
            }

            await GraphJson.WriteAsync(context, StatusCodes.Status200OK, results, static (writer, results) =>
            {
                writer.WriteStartObject();
                writer.WriteStartArray("responses");
                foreach (var result in results)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", result.Id);
                    writer.WriteNumber("status", result.Status);
                    writer.WriteStartObject("headers");
                    foreach (var (name, value) in result.Headers)
                    {
                        writer.WriteString(name, value);
                    }

                    writer.WriteEndObject();
                    if (result.Body is { Length: > 0 } body)
                    {
                        writer.WritePropertyName("body");
                        writer.WriteRawValue(body, skipInputValidation: true);
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            });
        }
    }

    private static async Task<BatchResult> RunAsync(
        BatchItem item,
        Dictionary<string, Task<BatchResult>> tasks,
        SemaphoreSlim running,
        string authorization,
        BatchDispatcher dispatcher,
        CancellationToken cancellationToken)
    {
        foreach (var dependency in item.DependsOn)
        {
            var result = await tasks[dependency];
            if (result.Status is < 200 or > 299)
            {
                return Error(item.Id, StatusCodes.Status424FailedDependency, "FailedDependency", $"Request '{dependency}' that this request depends on failed.");
            }
        }

        await running.WaitAsync(cancellationToken);
        try
        {
            return await DispatchAsync(item, authorization, dispatcher, cancellationToken);
        }
        finally
        {
            running.Release();
        }
    }

    private static async Task<BatchResult> DispatchAsync(BatchItem item, string authorization, BatchDispatcher dispatcher,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(new HttpMethod(item.Method), new Uri(dispatcher.Root!, "/v1.0" + item.Url));
        request.Headers.TryAddWithoutValidation(GraphPipelineMiddleware.BatchItemHeader, "1");
        string? contentType = null;
        foreach (var (name, value) in item.Headers)
        {
            if (string.Equals(name, "Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType = value;
            }
            else
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        if (!request.Headers.Contains("Authorization") && authorization.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        if (item.Body is not null)
        {
            request.Content = new StringContent(item.Body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType ?? "application/json");
        }

        try
        {
            using var response = await dispatcher.SendAsync(request, cancellationToken);
            var headers = new List<(string, string)>();
            foreach (var header in response.Headers.Concat(response.Content.Headers))
            {
                if (header.Key is "Retry-After" or "Preference-Applied" or "Location" or "Content-Type" or "request-id")
                {
                    headers.Add((header.Key, string.Join(", ", header.Value)));
                }
            }

            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return new BatchResult(item.Id, (int)response.StatusCode, headers, IsJson(body) ? body : null);
        }
        catch (HttpRequestException)
        {
            return Error(item.Id, StatusCodes.Status504GatewayTimeout, "UnknownError", "The request could not be completed.");
        }
    }

    private static List<BatchItem>? ReadItems(JsonElement root, out string? error)
    {
        error = null;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("requests", out var requests) || requests.ValueKind != JsonValueKind.Array)
        {
            error = "Invalid batch payload format: a 'requests' array is required.";
            return null;
        }

        if (requests.GetArrayLength() > MaxRequests)
        {
            error = $"Number of batch requests exceeds the limit of {MaxRequests}.";
            return null;
        }

        var items = new List<BatchItem>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var request in requests.EnumerateArray())
        {
            var id = String(request, "id");
            var method = String(request, "method");
            var url = String(request, "url");
            if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(method) || string.IsNullOrEmpty(url))
            {
                error = "Invalid batch payload format: every request needs 'id', 'method' and 'url'.";
                return null;
            }

            if (!ids.Add(id))
            {
                error = $"Invalid batch payload format: the request id '{id}' is used twice.";
                return null;
            }

            if (url.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                error = $"Invalid batch payload format: request '{id}' must use a relative URL.";
                return null;
            }

            var headers = new List<(string, string)>();
            if (request.TryGetProperty("headers", out var headerObject) && headerObject.ValueKind == JsonValueKind.Object)
            {
                foreach (var header in headerObject.EnumerateObject())
                {
                    headers.Add((header.Name, header.Value.ValueKind == JsonValueKind.String ? header.Value.GetString()! : header.Value.GetRawText()));
                }
            }

            var dependsOn = new List<string>();
            if (request.TryGetProperty("dependsOn", out var dependencies) && dependencies.ValueKind == JsonValueKind.Array)
            {
                foreach (var dependency in dependencies.EnumerateArray())
                {
                    var dependencyId = dependency.GetString();
                    if (dependencyId is null || !ids.Contains(dependencyId) || dependencyId == id)
                    {
                        error = $"Invalid batch payload format: request '{id}' depends on '{dependencyId}', which is not an earlier request.";
                        return null;
                    }

                    dependsOn.Add(dependencyId);
                }
            }

            string? body = null;
            if (request.TryGetProperty("body", out var bodyElement) && bodyElement.ValueKind != JsonValueKind.Null)
            {
                body = bodyElement.ValueKind == JsonValueKind.String ? bodyElement.GetString() : bodyElement.GetRawText();
            }

            items.Add(new BatchItem(id, method.ToUpperInvariant(), url.StartsWith('/') ? url : "/" + url, headers, body, dependsOn));
        }

        return items;
    }

    private static BatchResult Error(string id, int status, string code, string message, int? retryAfterSeconds = null)
    {
        var headers = new List<(string, string)> { ("Content-Type", "application/json") };
        if (retryAfterSeconds is { } retryAfter)
        {
            headers.Add(("Retry-After", retryAfter.ToString(CultureInfo.InvariantCulture)));
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["error"] = new Dictionary<string, string> { ["code"] = code, ["message"] = message },
        });
        return new BatchResult(id, status, headers, body);
    }

    private static bool IsJson(byte[] body)
    {
        if (body.Length == 0)
        {
            return false;
        }

        var reader = new Utf8JsonReader(body);
        try
        {
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private sealed record BatchItem(string Id, string Method, string Url, List<(string Name, string Value)> Headers, string? Body, List<string> DependsOn);

    private sealed record BatchResult(string Id, int Status, List<(string Name, string Value)> Headers, byte[]? Body);
}
