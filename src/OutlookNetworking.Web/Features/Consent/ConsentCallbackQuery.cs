namespace OutlookNetworking.Web.Features.Consent;

/// <summary>What Entra ID sends back to the consent callback. On success: <c>admin_consent=True</c>, <c>tenant</c>,
/// <c>state</c> (and <c>scope</c>); on failure: <c>error</c>, <c>error_description</c>, <c>state</c>, and sometimes
/// still <c>admin_consent=True</c>.</summary>
internal sealed record ConsentCallbackQuery(string? State, string? AdminConsent, string? Tenant, string? Error, string? ErrorDescription)
{
    public static ConsentCallbackQuery From(HttpRequest request)
    {
        var q = request.Query;
        return new ConsentCallbackQuery(q["state"], q["admin_consent"], q["tenant"], q["error"], q["error_description"]);
    }
}
