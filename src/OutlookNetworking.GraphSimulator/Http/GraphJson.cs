using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace OutlookNetworking.GraphSimulator.Http;

/// <summary>Writes Graph's JSON responses: built with a <see cref="Utf8JsonWriter"/> into one buffer, then sent.</summary>
internal static class GraphJson
{
    /// <summary>The content type Graph answers JSON with.</summary>
    public const string ContentType = "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";

    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    public static Task WriteAsync<TState>(HttpContext context, int status, TState state, Action<Utf8JsonWriter, TState> write)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer, state);
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = ContentType;
        context.Response.ContentLength = buffer.WrittenCount;
        return context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).AsTask();
    }

    /// <summary>The absolute service root of this request, e.g. <c>http://127.0.0.1:5123/v1.0</c>.</summary>
    public static string ServiceRoot(HttpContext context) =>
        context.Request.Scheme + "://" + context.Request.Host.Value + "/v1.0";
}
