using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace OutlookNetworking.Web.Features.OpenApi;

/// <summary>
/// Reads a small JSON request body with a hard size limit, turning every failure into a problem (missing body 400,
/// not JSON 415, too large 413, malformed 400) instead of minimal APIs' bare 400. Handlers that read a body call
/// this and describe the body with <c>Accepts&lt;T&gt;</c> for OpenAPI.
/// </summary>
internal static class JsonRequestBody
{
    /// <summary>The limit for the API's request bodies. Default 4 KiB: the largest body (a goal) is under 100 bytes.</summary>
    public const int DefaultMaxBytes = 4096;

    public static async Task<JsonBody<T>> ReadAsync<T>(HttpContext context, CancellationToken cancellationToken, int maxBytes = DefaultMaxBytes)
        where T : class
    {
        var request = context.Request;
        if (request.ContentLength > maxBytes)
        {
            return new(null, ApiProblems.TooLarge(maxBytes));
        }

        if (request.ContentLength == 0 || (request.ContentLength is null && request.ContentType is null))
        {
            return new(null, ApiProblems.MissingBody());
        }

        if (!request.HasJsonContentType())
        {
            return new(null, ApiProblems.NotJson());
        }

        var buffer = ArrayPool<byte>.Shared.Rent(maxBytes + 1);
        try
        {
            var length = 0;
            int read;
            while (length <= maxBytes
                   && (read = await request.Body.ReadAsync(buffer.AsMemory(length, maxBytes + 1 - length), cancellationToken)) > 0)
            {
                length += read;
            }

            if (length > maxBytes)
            {
                return new(null, ApiProblems.TooLarge(maxBytes));
            }

            if (length == 0)
            {
                return new(null, ApiProblems.MissingBody());
            }

            var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            var value = JsonSerializer.Deserialize<T>(buffer.AsSpan(0, length), options);
            return value is null ? new(null, ApiProblems.MissingBody()) : new(value, null);
        }
        catch (JsonException ex)
        {
            return new(null, ApiProblems.BadJson(ex.Path is { Length: > 0 } path
                ? $"The value at {path} cannot be read. Nothing was changed."
                : "The body is not valid JSON. Nothing was changed."));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
