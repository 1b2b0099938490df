using OutlookNetworking.Core.Feedback;
using OutlookNetworking.Data.Analysis;
using OutlookNetworking.Data.Digest;
using OutlookNetworking.Data.Feedback;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Web.Features.Auth;

namespace OutlookNetworking.Web.Features.Digest.Links;

/// <summary>
/// Checks a signed digest link and, when asked, does what it says. A link works without signing in, once,
/// until it expires, and only for the suggestion (and user) it was made for: a tampered, expired, used or
/// someone else's link (the request is signed in as another user) changes nothing and explains why.
/// </summary>
internal sealed class DigestLinkHandler(
    DigestLinkSigner signer,
    DigestLinkStore used,
    MailboxStore mailboxes,
    AnalysisStore analyses,
    FeedbackStore feedback,
    TimeProvider time)
{
    /// <summary>A snooze from the digest lasts a week.</summary>
    public static readonly TimeSpan SnoozeFor = TimeSpan.FromDays(7);

    public async Task<DigestLinkOutcome> CheckAsync(DigestLinkAction action, string? token, CurrentUser? signedIn,
        CancellationToken cancellationToken) =>
        (await ResolveAsync(action, token, signedIn, cancellationToken)).Outcome;

    public async Task<DigestLinkOutcome> ApplyAsync(DigestLinkAction action, string? token, CurrentUser? signedIn,
        CancellationToken cancellationToken)
    {
        var (outcome, payload, subject) = await ResolveAsync(action, token, signedIn, cancellationToken);
        if (!outcome.CanConfirm || payload is null)
        {
            return outcome;
        }

        var key = new MailboxKey(payload.TenantId, payload.UserId);
        if (!await used.TryUseAsync(payload.LinkId, key, action.ToString().ToLowerInvariant(), cancellationToken))
        {
            return Used;
        }

        var now = time.GetUtcNow();
        switch (action)
        {
            case DigestLinkAction.Done:
                await feedback.RecordAsync(key, payload.SuggestionKey!, FeedbackAction.Done, null, cancellationToken);
                return new("done", "Marked as done", $"Your follow-up with {subject} is marked as done.", 200);
            case DigestLinkAction.Snooze:
                await feedback.RecordAsync(key, payload.SuggestionKey!, FeedbackAction.Snoozed, now + SnoozeFor, cancellationToken);
                return new("done", "Snoozed for a week", $"{subject} will not be suggested for this until next week.", 200);
            case DigestLinkAction.Dismiss:
                await feedback.RecordAsync(key, payload.SuggestionKey!, FeedbackAction.Dismissed, null, cancellationToken);
                return new("done", "Dismissed", $"This suggestion about {subject} will not come back (unless something new happens).", 200);
            default:
                var mailbox = await mailboxes.FindAsync(key, cancellationToken);
                await mailboxes.SetDigestAsync(key, false, mailbox?.DigestHour ?? 7, cancellationToken);
                return new("done", "Digest turned off", "You will not get the morning digest any more. You can turn it back on in the OutlookNetworking pane in Outlook.", 200);
        }
    }

    private static DigestLinkOutcome Used => new("used", "This link was already used",
        "Each link in the digest works once, and this one has been used. Nothing was changed now.", 410);

    private async Task<(DigestLinkOutcome Outcome, DigestLinkPayload? Payload, string Subject)> ResolveAsync(
        DigestLinkAction action, string? token, CurrentUser? signedIn, CancellationToken cancellationToken)
    {
        switch (signer.Read(action, token, out var payload))
        {
            case DigestLinkCheck.Expired:
                return (new("expired", "This link has expired",
                    "Links in the digest work for a limited time. Use a newer digest, or the OutlookNetworking pane in Outlook.", 410), null, "");
            case DigestLinkCheck.Tampered:
                return (new("invalid", "This link does not work",
                    "The link is incomplete or has been changed. Open it again from the digest email, or use the OutlookNetworking pane in Outlook.", 400), null, "");
        }

        var key = new MailboxKey(payload!.TenantId, payload.UserId);
        if (signedIn is not null && (signedIn.TenantId != payload.TenantId || signedIn.ObjectId != payload.UserId))
        {
            return (new("not-yours", "This link is someone else's",
                "The link came from another person's digest. Nothing was changed.", 403), null, "");
        }

        if (await used.IsUsedAsync(payload.LinkId, cancellationToken))
        {
            return (Used, null, "");
        }

        var mailbox = await mailboxes.FindAsync(key, cancellationToken);
        if (mailbox is null || mailbox.Removed)
        {
            return (new("closed", "Nothing to change", "OutlookNetworking holds no data for you any more.", 410), null, "");
        }

        if (action == DigestLinkAction.Unsubscribe)
        {
            return mailbox.DigestEnabled
                ? (new("confirm", "Turn the digest off?", "You will stop getting the morning digest email. Suggestions stay in the OutlookNetworking pane in Outlook.", 200), payload, "")
                : (new("closed", "The digest is already off", "You do not get the morning digest. Nothing was changed.", 200), null, "");
        }

        var suggestion = payload.SuggestionKey is { } suggestionKey
            ? await analyses.FindSuggestionAsync(key, suggestionKey, cancellationToken)
            : null;
        if (suggestion is null)
        {
            return (new("closed", "This suggestion is no longer open",
                "It was resolved since the digest was sent (a reply went out, say). Nothing was changed.", 410), null, "");
        }

        var s = suggestion.Suggestion;
        var subject = s.ContactDisplayName is { Length: > 0 } name ? name : s.ContactAddress;
        var question = action switch
        {
            DigestLinkAction.Done => $"Mark your follow-up with {subject} as done?",
            DigestLinkAction.Snooze => $"Snooze the suggestion about {subject} for a week?",
            _ => $"Dismiss the suggestion about {subject}?",
        };
        return (new("confirm", question, s.Reason, 200), payload, subject);
    }
}
