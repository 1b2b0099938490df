using Microsoft.IdentityModel.JsonWebTokens;
using OutlookNetworking.Graph.Permissions;

namespace OutlookNetworking.Web.Features.Consent;

/// <summary>
/// What an app-only Graph token proves about a tenant's consent: it must be for that tenant (<c>tid</c>) and carry every
/// <see cref="GraphPermissions.Required"/> application role in <c>roles</c> (optional ones such as
/// <c>GroupMember.Read.All</c> may be missing). Entra ID issues a token in any tenant where the app's service principal
/// exists, even one where no permission is granted: the token alone is no proof, its claims are. The token comes straight
/// from Entra ID's token endpoint over TLS, so its claims are read, not its signature checked (Graph checks that).
/// </summary>
internal sealed record EnrolmentProof(bool TenantMatches, IReadOnlyList<string> MissingRoles)
{
    public bool Proven => TenantMatches && MissingRoles.Count == 0;

    public static EnrolmentProof Read(string accessToken, Guid tenantId)
    {
        JsonWebToken token;
        try
        {
            token = new JsonWebToken(accessToken);
        }
        catch (ArgumentException)
        {
            return new EnrolmentProof(false, [.. GraphPermissions.Required.Select(p => p.Name)]);
        }

        var tenantMatches = token.TryGetPayloadValue("tid", out string tid) && Guid.TryParse(tid, out var tokenTenant)
            && tokenTenant == tenantId;
        var roles = token.Claims.Where(c => c.Type == "roles").Select(c => c.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = GraphPermissions.Required.Select(p => p.Name).Where(name => !roles.Contains(name)).ToList();
        return new EnrolmentProof(tenantMatches, missing);
    }
}
