using Microsoft.Extensions.Caching.Memory;
using OutlookNetworking.Core.Feedback;
using OutlookNetworking.Data.Feedback;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Web.Features.Suggestions;

/// <summary>
/// The user's feedback (actions, muted contacts, goals) for the read paths, so a request does not read it from the
/// store each time. A write through <see cref="FeedbackStore"/> in this process forgets the user's entry at once
/// (<see cref="FeedbackChanges"/>), so an action changes the next ranking on this instance immediately; a write on
/// another instance shows here within <see cref="Lifetime"/>.
/// </summary>
internal sealed class UserFeedbackCache(FeedbackStore store, FeedbackChanges changes, IMemoryCache cache)
{
    /// <summary>How long a user's feedback is reused. Default 5 s: the most another instance's write (a digest link
    /// clicked there, a second pane) may take to show here.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    public ValueTask<UserFeedback> LoadAsync(MailboxKey key, CancellationToken cancellationToken) =>
        cache.TryGetValue(CacheKeyOf(key), out UserFeedback? cached) && cached is not null
            ? ValueTask.FromResult(cached)
            : new ValueTask<UserFeedback>(ReadAsync(key, cancellationToken));

    /// <summary>Forgets the user's cached feedback (after an erasure; writes through the store forget it themselves).</summary>
    public void Forget(MailboxKey key) => cache.Remove(CacheKeyOf(key));

    internal static object CacheKeyOf(MailboxKey key) => new CacheKey(key);

    private async Task<UserFeedback> ReadAsync(MailboxKey key, CancellationToken cancellationToken)
    {
        var generation = changes.Generation;
        var feedback = await store.LoadAsync(key, cancellationToken);
        if (changes.Generation == generation)
        {
            cache.Set(CacheKeyOf(key), feedback, Lifetime);
        }

        return feedback;
    }

    private sealed record CacheKey(MailboxKey Mailbox);
}
