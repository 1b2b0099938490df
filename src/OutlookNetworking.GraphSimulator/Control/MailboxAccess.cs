using System.Text.Json.Serialization;

namespace OutlookNetworking.GraphSimulator.Control;

/// <summary>
/// Whether the application may read a user's mailbox (graph-fidelity GF-12). Set per user in the snapshot
/// (<c>users.json</c>: <c>"mailboxAccess": "outOfScope"</c> or <c>"noExchangeMailbox"</c>) or with
/// <see cref="SimulatorControl.SetMailboxAccess"/>. Without either, guests and users without <c>mail</c> have no
/// Exchange Online mailbox in the tenant; everyone else's mailbox may be read.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<MailboxAccess>))]
public enum MailboxAccess
{
    /// <summary>Every mailbox path answers.</summary>
    Granted = 0,

    /// <summary>
    /// Outside the scope Exchange RBAC for Applications or an application access policy gives the app: every mailbox
    /// path answers 403 <c>ErrorAccessDenied</c>, "Access to OData is disabled." (docs: auth-limit-mailbox-access).
    /// </summary>
    OutOfScope = 1,

    /// <summary>
    /// No Exchange Online mailbox (unlicensed, a guest, a resource account, on-premises, soft-deleted): every mailbox
    /// path answers 404 <c>MailboxNotEnabledForRESTAPI</c>.
    /// </summary>
    NoExchangeMailbox = 2,
}
