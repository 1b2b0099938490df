using Microsoft.Extensions.Caching.Memory;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Privacy;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Web.Features.Auth;

namespace OutlookNetworking.Web.Features.Me;

/// <summary>
/// Finds the signed-in user's mailbox: one query, and a second (the opt-out marker) only when there is no mailbox
/// row, since opting out deletes it and the directory refresh never brings it back while opted out.
/// <see cref="LoadForReadingAsync"/> keeps the answer for <see cref="ReadCacheLifetime"/> for the hot read paths
/// (suggestions, people, health), which need only the time zone and the opt-out state; every write and
/// <c>GET /api/me</c> read the store.
/// </summary>
internal sealed class UserMailboxes(MailboxStore mailboxes, UserDataStore userData, IMemoryCache cache)
{
    /// <summary>How long a read path may reuse a mailbox lookup. Default 30 s. Changes made through this instance
    /// (opt-out, opt-in, digest) forget it at once; another instance's change shows within this time, and an opt-out
    /// deletes the data those reads return, so a stale entry can show an empty list, never stored data.</summary>
    public static readonly TimeSpan ReadCacheLifetime = TimeSpan.FromSeconds(30);

    public static MailboxKey KeyOf(CurrentUser user) => new(user.TenantId, user.ObjectId);

    public async Task<UserMailbox> LoadAsync(MailboxKey key, CancellationToken cancellationToken)
    {
        var mailbox = await mailboxes.FindAsync(key, cancellationToken);
        var optedOut = mailbox is null && await userData.IsOptedOutAsync(key, cancellationToken);
        var result = new UserMailbox(key, mailbox, optedOut);
        cache.Set(new CacheKey(key), result, ReadCacheLifetime);
        return result;
    }

    public ValueTask<UserMailbox> LoadForReadingAsync(MailboxKey key, CancellationToken cancellationToken) =>
        cache.TryGetValue(new CacheKey(key), out UserMailbox? cached) && cached is not null
            ? ValueTask.FromResult(cached)
            : new ValueTask<UserMailbox>(LoadAsync(key, cancellationToken));

    /// <summary>Forgets the cached lookup after a change to the mailbox row or the opt-out marker.</summary>
    public void Forget(MailboxKey key) => cache.Remove(new CacheKey(key));

    private sealed record CacheKey(MailboxKey Mailbox);
}
