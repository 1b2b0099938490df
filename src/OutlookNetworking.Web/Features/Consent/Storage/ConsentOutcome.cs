namespace OutlookNetworking.Web.Features.Consent.Storage;

/// <summary>How one admin-consent callback ended.</summary>
public enum ConsentOutcome
{
    /// <summary>Consent confirmed and the tenant recorded for the first time.</summary>
    Granted,

    /// <summary>Consent confirmed for a tenant that was already recorded (nothing changed).</summary>
    Regranted,

    /// <summary>Entra ID reported an error (for example the admin declined).</summary>
    Failed,

    /// <summary>The state was missing, unknown, reused, expired or from another browser.</summary>
    StateRejected,

    /// <summary>Entra ID reported success but no app-only token could be acquired for the tenant.</summary>
    NotConfirmed,

    /// <summary>Entra ID issued an app-only token, but not for the named tenant or without every required Graph role.</summary>
    PermissionsMissing,

    /// <summary>The signed-in admin is missing, of another tenant than the one named, or holds none of the directory roles
    /// that may consent (the audit entry's error says which).</summary>
    AdminNotQualified,

    /// <summary>The tenant was offboarded and its tombstone not cleared by a qualifying admin of it.</summary>
    TenantOffboarded,
}
