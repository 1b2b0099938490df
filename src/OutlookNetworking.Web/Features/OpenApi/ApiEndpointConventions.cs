using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using OutlookNetworking.Web.Features.Auth;

namespace OutlookNetworking.Web.Features.OpenApi;

/// <summary>What every signed-in endpoint of the task-pane API shares.</summary>
internal static class ApiEndpointConventions
{
    /// <summary>Requires <see cref="AuthPolicies.ApiUser"/> and documents its answers: 401 (no valid token) and
    /// 403 (no access_as_user scope, or the organisation has not consented: code <c>tenant_not_consented</c>).</summary>
    public static RouteGroupBuilder RequireApiUser(this RouteGroupBuilder group)
    {
        group.RequireAuthorization(AuthPolicies.ApiUser)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return group;
    }

    /// <summary>Documents a query parameter that the handler binds as text and parses itself (so a non-number is a
    /// problem, not minimal APIs' bare 400) as the integer it is, with its range and default.</summary>
    public static RouteHandlerBuilder QueryInteger(this RouteHandlerBuilder endpoint, string name, int minimum, int maximum, int defaultValue)
    {
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.Parameters?.OfType<OpenApiParameter>().FirstOrDefault(p => p.Name == name) is { } parameter)
            {
                parameter.Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Integer,
                    Minimum = minimum.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Maximum = maximum.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Default = System.Text.Json.Nodes.JsonValue.Create(defaultValue),
                };
            }

            return Task.CompletedTask;
        });
        return endpoint;
    }

    /// <summary>Documents the JSON body of an endpoint that reads it with <see cref="JsonRequestBody"/>, and its problems.
    /// The body is described in the OpenAPI document only, not as <c>Accepts</c> metadata: routing would answer another
    /// content type with a bare 415 before the handler could answer with a problem.</summary>
    public static RouteHandlerBuilder AcceptsJson<T>(this RouteHandlerBuilder endpoint)
        where T : notnull
    {
        endpoint.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(T), null, cancellationToken);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal) { ["application/json"] = new() { Schema = schema } },
            };
        });
        endpoint.ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return endpoint;
    }
}
