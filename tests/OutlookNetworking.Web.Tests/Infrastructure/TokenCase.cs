namespace OutlookNetworking.Web.Tests.Infrastructure;

/// <summary>Who calls, with what token, in the isolation matrix. The victim whose data must never leak is
/// <see cref="TestIds.Ava"/> of <see cref="TestIds.HomeTenant"/>.</summary>
public enum TokenCase
{
    /// <summary>Ava herself, with a valid token: the baseline.</summary>
    Owner,
    NoToken,
    Expired,
    NotYetValid,
    WrongAudience,
    WrongIssuerHost,
    IssuerOfAnotherTenant,
    WrongSignature,
    NoSignature,
    MissingScope,

    /// <summary>Ben, another user of Ava's tenant, with a valid token.</summary>
    OtherUserSameTenant,

    /// <summary>Carol, of another consented tenant, with a valid token.</summary>
    OtherTenant,

    /// <summary>Dan, of a tenant that never granted admin consent, with an otherwise valid token.</summary>
    UnconsentedTenant,
}
