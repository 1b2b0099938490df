using System.Text.RegularExpressions;
using OutlookNetworking.Web.Features.Consent.Storage;

namespace OutlookNetworking.Web.Features.Consent;

/// <summary>
/// What a consent outcome leaves in the audit log: codes, never free text. Entra ID's <c>error</c> is kept when it is
/// an OAuth error code (lower-case letters and underscores, at most 64), else <c>invalid_error</c>; its
/// <c>error_description</c> is reduced to the <c>AADSTS</c> codes it names (at most 4), since the rest is text the
/// caller chose. Our own outcomes store their reason code (else the outcome) and the outcome's title (fixed text), for missing permissions the message naming them.
/// </summary>
internal static partial class ConsentAuditDetail
{
    private const int MaxCodes = 4;

    public static ConsentAuditEntry For(ConsentCallbackResult result, ConsentCallbackQuery query, DateTimeOffset at)
    {
        if (result.Succeeded)
        {
            return new ConsentAuditEntry(at, result.Outcome, result.TenantId, null, null);
        }

        if (!string.IsNullOrEmpty(query.Error))
        {
            var error = OAuthErrorCode().IsMatch(query.Error) ? query.Error : "invalid_error";
            var codes = AadstsCode().Matches(query.ErrorDescription ?? "").Select(m => m.Value).Distinct().Take(MaxCodes);
            var detail = string.Join(" ", codes);
            return new ConsentAuditEntry(at, result.Outcome, result.TenantId, error, detail.Length == 0 ? null : detail);
        }

        // Our own outcomes: a fixed reason code or the outcome, and fixed text (for missing permissions, names from the product's own list).
        return new ConsentAuditEntry(at, result.Outcome, result.TenantId, result.ReasonCode ?? result.Outcome.ToString(),
            result.Outcome == ConsentOutcome.PermissionsMissing ? result.Message : result.Title);
    }

    [GeneratedRegex("^[a-z_]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex OAuthErrorCode();

    [GeneratedRegex(@"AADSTS\d{1,10}", RegexOptions.CultureInvariant)]
    private static partial Regex AadstsCode();
}
