using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Web.Features.Auth;

/// <summary>
/// A local stand-in for Entra ID, which only a non-production host registers (the demo host, src/OutlookNetworking.Demo):
/// it issues the user and app tokens, signs admins in and answers the admin consent prompt. Registered before
/// <c>AddOutlookNetworking</c>, it also makes admin sign-in a local cookie (no OpenID Connect) and the
/// client configuration say so. The production host registers none.
/// </summary>
public interface IEntraIdStandIn
{
    /// <summary>This site's path of the stand-in's admin consent prompt (instead of Entra ID's <c>/adminconsent</c>).</summary>
    string AdminConsentPath { get; }

    /// <summary>The stand-in's user whose sign-in name or mail is <paramref name="upnOrMail"/>, or null. Its users'
    /// data is simulated: pages may name them without a sign-in (the digest preview's <c>?upn=</c>, tenant status).</summary>
    MailboxKey? FindUser(string upnOrMail);
}

/// <summary>Whether a stand-in for Entra ID is registered (read while the host is composed).</summary>
public static class EntraIdStandIn
{
    public static bool IsRegistered(IServiceCollection services) =>
        services.Any(d => d.ServiceType == typeof(IEntraIdStandIn));
}
