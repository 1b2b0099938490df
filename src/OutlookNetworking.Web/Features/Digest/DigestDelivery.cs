using Microsoft.Extensions.Options;
using OutlookNetworking.Data.Digest;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Graph.Mail;

namespace OutlookNetworking.Web.Features.Digest;

/// <summary>
/// Sends one user's digest for one local date at most once, however often it is tried and on however many
/// servers: the <see cref="DigestLedger"/> row is reserved BEFORE the send and whoever reserves it sends. A send
/// Graph refused (<see cref="MailSendErrors.CertainlyNotSent"/>) is marked failed and the exception rethrown, so
/// the job's retry may claim it again; an unknown outcome stays reserved and is never sent twice. Once reserved,
/// the send is not cancelled by shutdown (it is short, and cancelling it would make its outcome unknown).
/// </summary>
internal sealed partial class DigestDelivery(
    MailboxStore mailboxes,
    DigestComposer composer,
    DigestRenderer renderer,
    DigestLedger ledger,
    HealthHistoryStore history,
    MailSender sender,
    PublicBaseUrl baseUrl,
    IOptions<DigestOptions> options,
    TimeProvider time,
    ILogger<DigestDelivery> logger)
{
    /// <summary>A digest rests on an analysis at most this old (a mailbox whose nights keep failing gets none
    /// rather than stale advice). 36 hours: last night's, with margin for a late night.</summary>
    public static readonly TimeSpan MaxAnalysisAge = TimeSpan.FromHours(36);

    public async Task<DigestDeliveryResult> DeliverAsync(MailboxKey key, DateOnly localDate, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.SenderMailbox))
        {
            return DigestDeliveryResult.NotConfigured;
        }

        var mailbox = await mailboxes.FindAsync(key, cancellationToken);
        if (mailbox is null || !IsEligible(mailbox))
        {
            return DigestDeliveryResult.NotEligible;
        }

        if (await ledger.FindAsync(key, localDate, cancellationToken) is { Status: not DigestDispatchStatus.Failed })
        {
            return DigestDeliveryResult.AlreadyHandled;
        }

        var now = time.GetUtcNow();
        if (mailbox.LastAnalysedAt is not { } analysedAt || now - analysedAt > MaxAnalysisAge)
        {
            return DigestDeliveryResult.NotAnalysed;
        }

        var composed = await composer.ComposeAsync(mailbox, localDate, now, baseUrl.Get(), cancellationToken);
        if (composed.Health is { } health)
        {
            await history.RecordAsync(key, localDate, health, cancellationToken);
        }

        var model = composed.Model;
        var mail = model is null ? null : new OutgoingMail(mailbox.Mail, mailbox.DisplayName, model.Subject,
            await renderer.RenderHtmlAsync(model), Headers(model)) { TextBody = DigestRenderer.RenderText(model) };
        cancellationToken.ThrowIfCancellationRequested();
        if (!await ledger.TryReserveAsync(key, localDate, cancellationToken))
        {
            return DigestDeliveryResult.AlreadyHandled;
        }

        if (mail is null)
        {
            await ledger.MarkNothingToSayAsync(key, localDate, CancellationToken.None);
            return DigestDeliveryResult.NothingToSay;
        }

        try
        {
            await sender.SendAsync(key.TenantId, options.Value.SenderMailbox!, mail, CancellationToken.None);
        }
        catch (Exception ex) when (MailSendErrors.CertainlyNotSent(ex))
        {
            await ledger.MarkFailedAsync(key, localDate, ex.GetType().Name + ": " + ex.Message, CancellationToken.None);
            LogRefused(logger, key.UserId, ex);
            throw;
        }
        catch (Exception ex)
        {
            LogUnknown(logger, key.UserId, ex);
            return DigestDeliveryResult.OutcomeUnknown;
        }

        await ledger.MarkSentAsync(key, localDate, model!.Items.Count, CancellationToken.None);
        LogSent(logger, key.UserId, model.Items.Count);
        return DigestDeliveryResult.Sent;
    }

    /// <summary>People with a mailbox, present in the directory, with the digest on.</summary>
    internal static bool IsEligible(MailboxEntity mailbox) =>
        mailbox is { Removed: false, DigestEnabled: true, Mail.Length: > 0 }
        && mailbox.Purpose is MailboxPurpose.User or MailboxPurpose.Unknown;

    private static Dictionary<string, string> Headers(DigestModel model) => new(StringComparer.Ordinal)
    {
        // RFC 2369: mail clients offer their own "unsubscribe" button with this link (the page asks to confirm).
        ["List-Unsubscribe"] = "<" + model.UnsubscribeUrl + ">",
        ["Auto-Submitted"] = "auto-generated",
        ["X-OutlookNetworking-Digest"] = MailboxClock.Format(model.LocalDate),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest sent to user {UserId} ({Suggestions} suggestions)")]
    private static partial void LogSent(ILogger logger, Guid userId, int suggestions);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest for user {UserId} refused by Graph; marked failed for a retry")]
    private static partial void LogRefused(ILogger logger, Guid userId, Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest for user {UserId}: the send's outcome is unknown; not retried today (at most once)")]
    private static partial void LogUnknown(ILogger logger, Guid userId, Exception error);
}
