using OutlookNetworking.Data.Sync;
using OutlookNetworking.Web.Features.Auth;

namespace OutlookNetworking.Demo.Features.Auth;

/// <summary>The demo's stand-in for Entra ID: the local issuer (<see cref="DemoTokenIssuer"/>), its admin sign-in and
/// admin consent pages, over the simulated tenant's users.</summary>
internal sealed class DemoEntraIdStandIn(IDemoDirectory directory) : IEntraIdStandIn
{
    public string AdminConsentPath => "/demo" + DemoAuthApi.AdminConsentPath;

    public MailboxKey? FindUser(string upnOrMail)
    {
        var user = directory.Users.FirstOrDefault(u => string.Equals(u.UserPrincipalName, upnOrMail, StringComparison.OrdinalIgnoreCase)
                                                       || string.Equals(u.Mail, upnOrMail, StringComparison.OrdinalIgnoreCase));
        return user is null ? null : new MailboxKey(directory.TenantId, user.Id);
    }
}
