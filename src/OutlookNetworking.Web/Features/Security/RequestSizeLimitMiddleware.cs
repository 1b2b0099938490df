using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace OutlookNetworking.Web.Features.Security;

/// <summary>Refuses bodies over <see cref="RequestLimitsOptions.MaxRequestBodyBytes"/> with 413: by Content-Length before
/// anything reads them, and by the server's body size limit for chunked bodies.</summary>
internal sealed class RequestSizeLimitMiddleware(RequestDelegate next, IOptions<RequestLimitsOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            await Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large",
                    detail: $"Requests may carry at most {limit} bytes.")
                .ExecuteAsync(context);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        await next(context);
    }
}
