namespace OutlookNetworking.Web.Features.Consent.Storage;

/// <summary>One admin-consent outcome for the audit log. No personal data: the admin is not identified by
/// the callback, and error descriptions from Entra ID carry only codes and correlation ids.</summary>
/// <param name="At">When the callback was processed.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="TenantId">The tenant Entra ID named, when it named one.</param>
/// <param name="Error">The error code (Entra's <c>error</c>, or ours for rejected states), null on success.</param>
/// <param name="Detail">Entra's <c>error_description</c> or our reason, truncated.</param>
public sealed record ConsentAuditEntry(DateTimeOffset At, ConsentOutcome Outcome, Guid? TenantId, string? Error, string? Detail);
