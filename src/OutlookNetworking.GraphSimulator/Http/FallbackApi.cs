using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OutlookNetworking.GraphSimulator.Http;

/// <summary>Anything else under <c>/v1.0</c> is answered as Graph answers an unknown segment.</summary>
internal static class FallbackApi
{
    public static void MapGraphFallback(this IEndpointRouteBuilder routes) =>
        routes.MapFallback("/v1.0/{**rest}", (HttpContext context) =>
        {
            var segments = (context.Request.Path.Value ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
            var last = segments.Length > 0 ? segments[^1] : string.Empty;
            return GraphErrors.BadRequest(context, $"Resource not found for the segment '{last}'.");
        });
}
