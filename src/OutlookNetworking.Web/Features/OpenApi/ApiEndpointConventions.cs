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

    /// <summary>Documents the problems of an endpoint that reads a JSON body (<see cref="JsonRequestBody"/>).</summary>
    public static RouteHandlerBuilder AcceptsJson<T>(this RouteHandlerBuilder endpoint)
        where T : notnull
    {
        endpoint.Accepts<T>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return endpoint;
    }
}
