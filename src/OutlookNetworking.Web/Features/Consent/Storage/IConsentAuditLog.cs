namespace OutlookNetworking.Web.Features.Consent.Storage;

/// <summary>Append-only record of admin-consent outcomes. Storage implements it durably.</summary>
public interface IConsentAuditLog
{
    Task AppendAsync(ConsentAuditEntry entry, CancellationToken ct);
}
