namespace OutlookNetworking.Graph.Permissions;

/// <summary>How the product depends on a Microsoft Graph application permission.</summary>
public enum GraphPermissionUse
{
    /// <summary>Requested at admin consent (on the app registration); the night cannot run without it.</summary>
    Required,

    /// <summary>Requested at admin consent; without it the product runs and does less (the night's log says what).</summary>
    Optional,

    /// <summary>
    /// Not requested at consent: what Exchange RBAC for Applications grants, scoped to some mailboxes, in place of a
    /// requested permission that has no Exchange role of its own (README, "Limiting which mailboxes the app can reach").
    /// Exchange grants never show in the app token's <c>roles</c> claim.
    /// </summary>
    ExchangeScopedAlternative,
}
