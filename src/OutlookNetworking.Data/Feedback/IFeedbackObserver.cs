using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Data.Feedback;

/// <summary>
/// Told by <see cref="FeedbackStore"/> after each of its writes for a mailbox has been saved, in the writing process
/// only (another instance's writes are not seen): lets a read cache forget that user's feedback at once.
/// </summary>
public interface IFeedbackObserver
{
    /// <summary>Called after the write was saved; must be quick and must not throw.</summary>
    void FeedbackChanged(MailboxKey mailbox);
}
