using Microsoft.Extensions.Options;
using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Feedback;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Data.Analysis;
using OutlookNetworking.Data.Feedback;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Web.Features.Analysis;

/// <summary>Runs the relationship engine over one mailbox's stored metadata and stores the result.</summary>
internal sealed class MailboxAnalyzer(
    MailboxMetadataStore metadata,
    MailboxStore mailboxes,
    FeedbackStore feedback,
    AnalysisStore analyses,
    TenantDirectory directory,
    IOptions<EngineOptions> options,
    TimeProvider time)
{
    private readonly RelationshipEngine _engine = new(options.Value);

    /// <summary>Analyses the mailbox now; null when the mailbox is not (or no longer) known.</summary>
    public async Task<AnalysisResult?> AnalyzeAsync(MailboxKey key, CancellationToken cancellationToken)
    {
        var mailbox = await mailboxes.FindAsync(key, cancellationToken);
        if (mailbox is null)
        {
            return null;
        }

        var owner = new MailboxOwner(key.UserId.ToString(), mailbox.Mail,
            MailboxStore.SplitAliases(mailbox.Aliases).Append(mailbox.UserPrincipalName.ToLowerInvariant())
                .Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
            mailbox.DisplayName, mailbox.TimeZone);
        var (messages, meetings) = await metadata.LoadAsync(key, cancellationToken);
        var input = new MailboxInput(owner, messages, meetings, await directory.GetAsync(key.TenantId, cancellationToken));
        var now = time.GetUtcNow();
        // The engine sees the user's goals (cadence goals are detected from them) but not their actions or
        // mutes: every open suggestion is stored, and feedback is applied when a list is ranked
        // (SuggestionRanker at request time), so undoing a mute or a snooze ending shows at once.
        var told = await feedback.LoadAsync(key, cancellationToken);
        var goalsOnly = new UserFeedback(new Dictionary<string, SuggestionFeedback>(), [], told.Goals);
        var result = _engine.Analyze(input, goalsOnly, now);
        await analyses.SaveAsync(key, result, messages.Count, meetings.Count,
            cancellationToken);
        await mailboxes.RecordAnalysedAsync(key, now, cancellationToken);
        return result;
    }
}
