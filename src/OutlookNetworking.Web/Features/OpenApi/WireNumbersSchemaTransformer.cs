using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace OutlookNetworking.Web.Features.OpenApi;

/// <summary>
/// Describes numbers as the API writes them: JSON numbers. The web serializer defaults also read a number from a
/// string (<c>"30"</c>), so the generator describes every number as <c>["integer", "string"]</c> with a digits pattern;
/// the task pane's generated types would then read <c>number | string</c> for every count and score. This drops the
/// string alternative and its pattern (the API still accepts a quoted number in a request body).
/// </summary>
internal sealed class WireNumbersSchemaTransformer : IOpenApiSchemaTransformer
{
    private const JsonSchemaType Numbers = JsonSchemaType.Integer | JsonSchemaType.Number;

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Type is { } type && (type & Numbers) != 0 && (type & JsonSchemaType.String) != 0)
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }

        return Task.CompletedTask;
    }
}
