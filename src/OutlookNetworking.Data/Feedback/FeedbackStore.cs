using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Core.Feedback;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Data.Feedback;

/// <summary>What each user told the product: actions on suggestions, muted contacts, goals. After each saved write
/// the <see cref="IFeedbackObserver"/>s of this process are told (read caches forget the user's feedback).</summary>
public sealed class FeedbackStore(IAppDbContextFactory factory, TimeProvider time, IEnumerable<IFeedbackObserver>? observers = null)
{
    private readonly IFeedbackObserver[] _observers = observers?.ToArray() ?? [];

    /// <summary>Records the user's latest action on a suggestion key (replacing an earlier one).</summary>
    public async Task RecordAsync(MailboxKey mailbox, string suggestionKey, FeedbackAction action,
        DateTimeOffset? snoozedUntil, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var row = await db.SuggestionFeedback.SingleOrDefaultAsync(
            f => f.TenantId == mailbox.TenantId && f.UserId == mailbox.UserId && f.SuggestionKey == suggestionKey,
            cancellationToken);
        if (row is null)
        {
            row = new SuggestionFeedbackEntity { TenantId = mailbox.TenantId, UserId = mailbox.UserId, SuggestionKey = suggestionKey };
            db.SuggestionFeedback.Add(row);
        }

        row.Action = (int)action;
        row.At = time.GetUtcNow();
        row.SnoozedUntil = action == FeedbackAction.Snoozed ? snoozedUntil : null;
        await db.SaveChangesAsync(cancellationToken);
        Changed(mailbox);
    }

    public Task SetMutedAsync(MailboxKey mailbox, string contactAddress, bool muted, CancellationToken cancellationToken) =>
        UpdatePreferenceAsync(mailbox, contactAddress, p => p.Muted = muted, cancellationToken);

    public Task SetGoalAsync(MailboxKey mailbox, string contactAddress, string tag, int? cadenceDays,
        CancellationToken cancellationToken) =>
        UpdatePreferenceAsync(mailbox, contactAddress, p => { p.GoalTag = tag; p.GoalCadenceDays = cadenceDays; }, cancellationToken);

    public Task ClearGoalAsync(MailboxKey mailbox, string contactAddress, CancellationToken cancellationToken) =>
        UpdatePreferenceAsync(mailbox, contactAddress, p => { p.GoalTag = null; p.GoalCadenceDays = null; }, cancellationToken);

    /// <summary>Everything the user told the product, in the engine's terms.</summary>
    public async Task<UserFeedback> LoadAsync(MailboxKey mailbox, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var actions = await db.SuggestionFeedback.AsNoTracking()
            .Where(f => f.TenantId == mailbox.TenantId && f.UserId == mailbox.UserId).ToListAsync(cancellationToken);
        var preferences = await db.ContactPreferences.AsNoTracking()
            .Where(p => p.TenantId == mailbox.TenantId && p.UserId == mailbox.UserId).ToListAsync(cancellationToken);
        return new UserFeedback(
            actions.ToDictionary(f => f.SuggestionKey,
                f => new SuggestionFeedback((FeedbackAction)f.Action, f.At, f.SnoozedUntil), StringComparer.Ordinal),
            preferences.Where(p => p.Muted).Select(p => p.ContactAddress).ToHashSet(StringComparer.Ordinal),
            ContactPreferenceEntity.GoalsOf(preferences));
    }

    private async Task UpdatePreferenceAsync(MailboxKey mailbox, string contactAddress, Action<ContactPreferenceEntity> change,
        CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var row = await db.ContactPreferences.SingleOrDefaultAsync(
            p => p.TenantId == mailbox.TenantId && p.UserId == mailbox.UserId && p.ContactAddress == contactAddress,
            cancellationToken);
        if (row is null)
        {
            row = new ContactPreferenceEntity { TenantId = mailbox.TenantId, UserId = mailbox.UserId, ContactAddress = contactAddress };
            db.ContactPreferences.Add(row);
        }

        change(row);
        row.UpdatedAt = time.GetUtcNow();
        if (!row.Muted && row.GoalTag is null)
        {
            db.ContactPreferences.Remove(row);
        }

        await db.SaveChangesAsync(cancellationToken);
        Changed(mailbox);
    }

    private void Changed(MailboxKey mailbox)
    {
        foreach (var observer in _observers)
        {
            observer.FeedbackChanged(mailbox);
        }
    }
}
