using System.Security.Claims;
using System.Security.Cryptography;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Web.Features.Admin;
using OutlookNetworking.Web.Features.Auth.AppTokens;
using OutlookNetworking.Web.Features.Consent.Storage;

namespace OutlookNetworking.Web.Features.Consent;

/// <summary>
/// The admin-consent callback, in order: the state must exist, be unused, unexpired and belong to this browser
/// (it is consumed whatever follows); any <c>error</c> is a failure even beside <c>admin_consent=True</c>; success
/// needs the admin signed in (admin cookie) with a token of the named tenant (<c>tid</c>) holding one of
/// <see cref="EntraDirectoryRoles.Consenting"/> (<c>wids</c>), then no offboarding tombstone of the tenant, and is proved by an app-only token for the tenant that carries its <c>tid</c> and every required Graph role
/// (<see cref="EnrolmentProof"/>: the <c>tenant</c> parameter alone proves nothing); then the tenant is recorded
/// idempotently and its first sync enqueued only when the record is new. Outcomes with a valid state are audited
/// (codes only: Entra's free text is shown, never stored); a rejected state is only logged, so anonymous
/// callbacks cannot fill the audit log.
/// </summary>
internal sealed partial class ConsentCallbackProcessor(
    IConsentStateStore states, ITenantConsentStore tenants, IAppTokenSource appTokens, IFirstSyncScheduler firstSync,
    IConsentAuditLog audit, TenantConsentCache consentCache, TenantTombstoneStore tombstones, TimeProvider timeProvider,
    ILogger<ConsentCallbackProcessor> logger)
{
    /// <param name="admin">The admin signed in on this browser (the admin cookie), or null.</param>
    public async Task<ConsentCallbackResult> ProcessAsync(
        ConsentCallbackQuery query, string? browserNonce, ClaimsPrincipal? admin, CancellationToken ct)
    {
        var result = await EvaluateAsync(query, browserNonce, admin, ct);
        if (result.Outcome != ConsentOutcome.StateRejected)
        {
            var entry = ConsentAuditDetail.For(result, query, timeProvider.GetUtcNow());
            await audit.AppendAsync(entry, ct);
        }

        LogOutcome(result.Outcome, result.TenantId);
        return result;
    }

    private async Task<ConsentCallbackResult> EvaluateAsync(
        ConsentCallbackQuery query, string? browserNonce, ClaimsPrincipal? admin, CancellationToken ct)
    {
        var stateProblem = await CheckStateAsync(query.State, browserNonce, ct);
        if (stateProblem is not null)
        {
            return new ConsentCallbackResult(ConsentOutcome.StateRejected, null, "This consent link is not valid", stateProblem);
        }

        Guid? namedTenant = Guid.TryParse(query.Tenant, out var parsed) && parsed != Guid.Empty ? parsed : null;
        if (!string.IsNullOrEmpty(query.Error))
        {
            var declined = string.Equals(query.Error, "access_denied", StringComparison.Ordinal);
            return new ConsentCallbackResult(ConsentOutcome.Failed, namedTenant,
                declined ? "Consent was not granted" : "Microsoft Entra ID reported an error",
                declined
                    ? "No permissions were granted and nothing was recorded. An administrator can start again at any time."
                    : "No permissions were recorded. Review the message from Microsoft Entra ID below, then start again.",
                query.ErrorDescription ?? query.Error);
        }

        if (!string.Equals(query.AdminConsent, "True", StringComparison.OrdinalIgnoreCase) || namedTenant is not { } tenantId)
        {
            return new ConsentCallbackResult(ConsentOutcome.Failed, namedTenant, "Consent was not confirmed",
                "Microsoft Entra ID did not report a granted admin consent for an organisation. Nothing was recorded.");
        }

        // Before any token request: the signed-in admin must be of this tenant and hold a role that may consent.
        if (TenantAdminCheck.Refusal(admin, tenantId) is { } refusal)
        {
            return new ConsentCallbackResult(ConsentOutcome.AdminNotQualified, tenantId, "Consent could not be accepted", refusal switch
            {
                TenantAdminCheck.NotSignedIn =>
                    "No administrator was signed in on this browser. Start again from the consent page: it asks you to sign in first. Nothing was recorded.",
                TenantAdminCheck.TenantMismatch =>
                    "The organisation named in this response is not the one of the administrator signed in on this browser. Nothing was recorded.",
                _ => "The signed-in account holds none of the directory roles that may enable the app for an organisation "
                     + "(Global Administrator, Privileged Role Administrator, Cloud Application Administrator). Nothing was recorded.",
            }, ReasonCode: refusal);
        }

        if (await tombstones.FindAsync(tenantId, ct) is not null)
        {
            return new ConsentCallbackResult(ConsentOutcome.TenantOffboarded, tenantId, "Your organisation was removed",
                "Your organisation was offboarded. Before it can be enabled again, an administrator of your organisation must confirm it "
                + "on the page " + ConsentRoutes.Tombstone + ". Nothing was recorded.", ReasonCode: "tenant_tombstoned");
        }

        EnrolmentProof proof;
        try
        {
            proof = EnrolmentProof.Read((await appTokens.GetGraphTokenAsync(tenantId, ct)).Token, tenantId);
        }
        catch (AppTokenUnavailableException ex)
        {
            return new ConsentCallbackResult(ConsentOutcome.NotConfirmed, tenantId, "Consent could not be confirmed yet",
                "Microsoft Entra ID reported consent, but the app could not get a token for your organisation. "
                + "Permissions can take a few minutes to apply; start again shortly. Nothing was recorded.",
                ex.Message);
        }

        if (!proof.Proven)
        {
            return new ConsentCallbackResult(ConsentOutcome.PermissionsMissing, tenantId, "Consent could not be confirmed",
                proof.TenantMatches
                    ? "The app's token for your organisation does not carry these permissions: " + string.Join(", ", proof.MissingRoles)
                      + ". An administrator of your organisation must grant them (start again from the consent page). Nothing was recorded."
                    : "Microsoft Entra ID did not issue the app a token for the organisation named in this response. Nothing was recorded.");
        }

        var record = await tenants.RecordAsync(tenantId, timeProvider.GetUtcNow(), ct);
        consentCache.Invalidate(tenantId);
        if (record.Created)
        {
            await firstSync.EnqueueFirstSyncAsync(tenantId, ct);
        }

        return new ConsentCallbackResult(record.Created ? ConsentOutcome.Granted : ConsentOutcome.Regranted, tenantId,
            "OutlookNetworking is enabled for your organisation",
            record.Created
                ? "Consent is confirmed. The first sync of mailbox metadata has been scheduled; people can open the add-in now."
                : "Consent was already recorded for your organisation; nothing changed and no second first sync was started.");
    }

    private async Task<string?> CheckStateAsync(string? state, string? browserNonce, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(state))
        {
            return "The response from Microsoft Entra ID carried no state. Start again from the consent page.";
        }

        var pending = await states.TakeAsync(state, ct);
        if (pending is null)
        {
            return "This consent response was already used or was not started here. Start again from the consent page.";
        }

        if (pending.ExpiresAt <= timeProvider.GetUtcNow())
        {
            return "This consent flow expired. Start again from the consent page.";
        }

        if (browserNonce is null
            || !CryptographicOperations.FixedTimeEquals(ConsentBrowserBinding.Hash(browserNonce), pending.BrowserBindingHash))
        {
            return "This consent flow was started in another browser. Start again from the consent page in this browser.";
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Admin consent callback: {Outcome} for tenant {TenantId}")]
    private partial void LogOutcome(ConsentOutcome outcome, Guid? tenantId);
}
