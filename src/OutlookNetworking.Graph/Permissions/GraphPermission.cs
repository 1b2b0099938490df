namespace OutlookNetworking.Graph.Permissions;

/// <summary>A Microsoft Graph application permission (an app role of Microsoft Graph) the product uses, and what it
/// lets the product receive and keep, in plain words (consent page, README, docs/security.md).</summary>
/// <param name="Name">The permission's name as the Entra admin center and the token's <c>roles</c> claim show it.</param>
/// <param name="Id">The application permission's id as Microsoft publishes it (the app role id on the Microsoft Graph
/// service principal, <see cref="GraphPermissions.GraphAppId"/>): what an app manifest's
/// <c>requiredResourceAccess</c> lists with <c>"type": "Role"</c>.</param>
/// <param name="Purpose">What the product does with it.</param>
/// <param name="Receives">What Graph sends the product under it.</param>
/// <param name="Stored">What the product keeps of that, and what it drops or never asks for.</param>
/// <param name="ExchangeRole">The Exchange RBAC for Applications role that grants the same, scoped to some mailboxes;
/// null when the permission is not an Exchange one.</param>
public sealed record GraphPermission(
    string Name,
    Guid Id,
    GraphPermissionUse Use,
    string Purpose,
    string Receives,
    string Stored,
    string? ExchangeRole)
{
    /// <summary>Requested at admin consent (on the app registration): required and optional ones.</summary>
    public bool IsRequested => Use is GraphPermissionUse.Required or GraphPermissionUse.Optional;
}
