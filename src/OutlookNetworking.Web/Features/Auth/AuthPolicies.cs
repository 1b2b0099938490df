namespace OutlookNetworking.Web.Features.Auth;

/// <summary>Names of the authorization policies and scopes the API relies on.</summary>
public static class AuthPolicies
{
    /// <summary>
    /// The policy every task-pane API endpoint requires: a valid token for the API's own scope
    /// (<see cref="ApiScope"/>) from a tenant that completed admin consent.
    /// </summary>
    public const string ApiUser = "ApiUser";

    /// <summary>The delegated scope the task pane requests for this API.</summary>
    public const string ApiScope = "access_as_user";
}
