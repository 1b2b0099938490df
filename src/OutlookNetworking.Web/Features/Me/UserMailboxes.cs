using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Privacy;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Web.Features.Auth;

namespace OutlookNetworking.Web.Features.Me;

/// <summary>Finds the signed-in user's mailbox: one query, and a second (the opt-out marker) only when there is no
/// mailbox row, since opting out deletes it and the directory refresh never brings it back while opted out.</summary>
internal sealed class UserMailboxes(MailboxStore mailboxes, UserDataStore userData)
{
    public static MailboxKey KeyOf(CurrentUser user) => new(user.TenantId, user.ObjectId);

    public async Task<UserMailbox> LoadAsync(MailboxKey key, CancellationToken cancellationToken)
    {
        var mailbox = await mailboxes.FindAsync(key, cancellationToken);
        var optedOut = mailbox is null && await userData.IsOptedOutAsync(key, cancellationToken);
        return new UserMailbox(key, mailbox, optedOut);
    }
}
