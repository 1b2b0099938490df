using OutlookNetworking.Web.Features.Consent.Storage;

namespace OutlookNetworking.Web.Features.Consent;

/// <summary>How a consent callback ended, as the result page shows it.</summary>
/// <param name="Outcome">The audited outcome.</param>
/// <param name="TenantId">The confirmed tenant on success; otherwise the tenant Entra ID named, if any.</param>
/// <param name="Title">A one-line headline.</param>
/// <param name="Message">What happened and what to do next.</param>
/// <param name="EntraErrorDescription">Entra ID's own error description, shown verbatim (encoded) on failure.</param>
/// <param name="ReasonCode">Our own refusal's code for the audit log (e.g. <c>admin_tenant_mismatch</c>), when it has one.</param>
public sealed record ConsentCallbackResult(
    ConsentOutcome Outcome, Guid? TenantId, string Title, string Message, string? EntraErrorDescription = null, string? ReasonCode = null)
{
    public bool Succeeded => Outcome is ConsentOutcome.Granted or ConsentOutcome.Regranted;

    public int StatusCode => Outcome switch
    {
        ConsentOutcome.Granted or ConsentOutcome.Regranted => StatusCodes.Status200OK,
        ConsentOutcome.StateRejected => StatusCodes.Status400BadRequest,
        ConsentOutcome.NotConfirmed => StatusCodes.Status502BadGateway,
        ConsentOutcome.PermissionsMissing or ConsentOutcome.AdminNotQualified or ConsentOutcome.TenantOffboarded => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status400BadRequest,
    };
}
