using Microsoft.Extensions.Options;
using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Feedback;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Data.Analysis;
using OutlookNetworking.Data.Kept;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Web.Features.Analysis;

/// <summary>Runs the relationship engine over one mailbox and stores the result: night by night on the mailbox's kept
/// state, folding in only what changed since the last night and writing only what moved (<see cref="KeptNight"/>), or
/// from scratch when asked (a repair) or when the engine's version or options changed.</summary>
internal sealed class MailboxAnalyzer(
    KeptNight nights,
    MailboxStore mailboxes,
    TenantDirectory directory,
    IOptions<EngineOptions> options,
    TimeProvider time)
{
    private readonly RelationshipEngine _engine = new(options.Value);

    /// <summary>Analyses the mailbox now; null when the mailbox is not (or no longer) known.</summary>
    public async Task<AnalysisResult?> AnalyzeAsync(MailboxKey key, CancellationToken cancellationToken)
        => (await RunAsync(key, fromScratch: false, cancellationToken))?.Result;

    /// <summary>Analyses the mailbox now, from scratch when <paramref name="fromScratch"/> (its kept state rebuilt);
    /// null when the mailbox is not (or no longer) known.</summary>
    public async Task<NightOutcome?> RunAsync(MailboxKey key, bool fromScratch, CancellationToken cancellationToken)
    {
        // The mailbox and the user's goals: the engine sees their goals (cadence goals are detected from them) but not
        // their actions or mutes: every open suggestion is stored, and feedback is applied when a list is ranked
        // (SuggestionRanker at request time), so undoing a mute or a snooze ending shows at once.
        if (await mailboxes.FindWithGoalsAsync(key, cancellationToken) is not var (mailbox, goals))
        {
            return null;
        }

        var owner = new MailboxOwner(key.UserId.ToString(), mailbox.Mail,
            MailboxStore.SplitAliases(mailbox.Aliases).Append(mailbox.UserPrincipalName.ToLowerInvariant())
                .Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
            mailbox.DisplayName, mailbox.TimeZone) { WorkingHours = WorkingHours.FromDays(mailbox.WorkingDays) };
        var tenantDirectory = await directory.GetAsync(key.TenantId, cancellationToken);
        var now = time.GetUtcNow();
        var goalsOnly = new UserFeedback(new Dictionary<string, SuggestionFeedback>(), [], goals);
        var outcome = await nights.RunAsync(key, _engine, owner, tenantDirectory, goalsOnly, now, fromScratch, cancellationToken);
        return outcome;
    }
}
