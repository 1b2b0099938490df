using Microsoft.Extensions.Caching.Memory;
using OutlookNetworking.Data.Feedback;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Web.Features.Suggestions;

/// <summary>
/// Hears every feedback write of this process (<see cref="FeedbackStore"/> tells its observers after saving) and
/// forgets the writer's cached feedback at once. <see cref="Generation"/> counts the writes, so a read that started
/// before a write does not cache what it read (<see cref="UserFeedbackCache"/>).
/// </summary>
internal sealed class FeedbackChanges(IMemoryCache cache) : IFeedbackObserver
{
    private long _generation;

    /// <summary>Feedback writes seen by this process so far.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public void FeedbackChanged(MailboxKey mailbox)
    {
        Interlocked.Increment(ref _generation);
        cache.Remove(UserFeedbackCache.CacheKeyOf(mailbox));
    }
}
