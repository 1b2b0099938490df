using Microsoft.Extensions.Options;
using OutlookNetworking.Data.Digest;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Graph.Mail;
using OutlookNetworking.Graph.Sync;

namespace OutlookNetworking.Web.Features.Digest;

/// <summary>
/// Sends one user's digest for one local date exactly once, however often it is tried and on however many
/// servers: the <see cref="DigestLedger"/> row is reserved BEFORE the send and whoever reserves it sends. A send
/// Graph refused (<see cref="MailSendErrors.CertainlyNotSent"/>) is marked failed and the exception rethrown, so
/// the job's retry may claim it again. A send whose outcome was lost (timeout, dropped connection, crash) stays
/// reserved; after <see cref="DigestOptions.UnknownOutcomeGrace"/> the sender mailbox is searched for its own copy of a
/// message to the user since the reservation (<see cref="MailSender.FindSentCopyAsync"/>; never by Message-ID, which
/// Exchange may replace: graph-fidelity GF-15): found, it is recorded as sent; not found, exactly one caller takes the
/// reservation over and sends it again. Once reserved, the send is not cancelled by shutdown (it is short, and
/// cancelling it would make its outcome unknown).
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

    /// <summary>How far before the reservation the sender's copy is looked for: room for this server's clock and Exchange's
    /// to differ. Far less than a day, so yesterday's digest to the same user is never taken for today's.</summary>
    public static readonly TimeSpan SentCopySearchMargin = TimeSpan.FromMinutes(5);

    /// <summary>The digest's date, as a custom header (the only kind Graph sends: <c>X-…</c>): lets a mail rule recognise it.</summary>
    public const string DigestHeader = "X-OutlookNetworking-Digest";

    /// <summary><c>PidTagAutoResponseSuppress</c> (MS-OXPROPS, <c>PtypInteger32</c> 0x3FDF), all bits: asks for no automatic
    /// replies (out of office) to the digest. It stands in for <c>Auto-Submitted: auto-generated</c>, which cannot travel
    /// through Graph at all (graph-fidelity GF-15); a courtesy, not a guarantee.</summary>
    public const string AutoResponseSuppressProperty = "Integer 0x3FDF";

    public async Task<DigestDeliveryResult> DeliverAsync(MailboxKey key, DateOnly localDate, CancellationToken cancellationToken)
    {
        if (options.Value.SenderMailbox is not { Length: > 0 } senderMailbox || string.IsNullOrWhiteSpace(senderMailbox))
        {
            return DigestDeliveryResult.NotConfigured;
        }

        var mailbox = await mailboxes.FindAsync(key, cancellationToken);
        if (mailbox is null || !IsEligible(mailbox))
        {
            return DigestDeliveryResult.NotEligible;
        }

        var now = time.GetUtcNow();
        var recorded = await ledger.FindAsync(key, localDate, cancellationToken);
        var lostSend = recorded is { Status: DigestDispatchStatus.Reserved } && now - recorded.ReservedAt >= options.Value.UnknownOutcomeGrace;
        if (recorded is not null && recorded.Status != DigestDispatchStatus.Failed && !lostSend)
        {
            return DigestDeliveryResult.AlreadyHandled;
        }

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
        var mail = model is null ? null : await MailAsync(mailbox, model);
        cancellationToken.ThrowIfCancellationRequested();
        if (lostSend)
        {
            var resolved = await ResolveLostSendAsync(key, localDate, recorded!.ReservedAt, senderMailbox, mailbox.Mail, model, cancellationToken);
            if (resolved is not null)
            {
                return resolved.Value;
            }
        }
        else if (!await ledger.TryReserveAsync(key, localDate, cancellationToken))
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
            await sender.SendAsync(key.TenantId, senderMailbox, mail, CancellationToken.None);
        }
        catch (Exception ex) when (MailSendErrors.CertainlyNotSent(ex))
        {
            var summary = GraphErrorSummary.Of(ex); // status and code only: Graph's text can quote the recipient
            await ledger.MarkFailedAsync(key, localDate, summary, CancellationToken.None);
            LogRefused(logger, key.UserId, summary);
            throw;
        }
        catch (Exception ex)
        {
            LogUnknown(logger, key.UserId, GraphErrorSummary.Of(ex));
            return DigestDeliveryResult.OutcomeUnknown;
        }

        await ledger.MarkSentAsync(key, localDate, model!.Items.Count, CancellationToken.None);
        LogSent(logger, key.UserId, model.Items.Count);
        return DigestDeliveryResult.Sent;
    }

    /// <summary>
    /// A reservation older than <see cref="DigestOptions.UnknownOutcomeGrace"/>: its send's outcome was lost. The sender
    /// mailbox decides: its own copy of a message to the user since the reservation found, the digest is recorded as sent;
    /// not found, the reservation is taken over (exactly one caller wins) and null lets the caller send it; Graph not
    /// answering leaves it reserved for the next scheduler run.
    /// </summary>
    private async Task<DigestDeliveryResult?> ResolveLostSendAsync(MailboxKey key, DateOnly localDate, DateTimeOffset reservedAt,
        string senderMailbox, string recipient, DigestModel? model, CancellationToken cancellationToken)
    {
        bool arrived;
        try
        {
            arrived = await sender.FindSentCopyAsync(key.TenantId, senderMailbox, recipient, reservedAt - SentCopySearchMargin, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogUnresolved(logger, key.UserId, GraphErrorSummary.Of(ex));
            return DigestDeliveryResult.OutcomeUnknown;
        }

        if (arrived)
        {
            await ledger.MarkSentAsync(key, localDate, model?.Items.Count ?? 0, CancellationToken.None);
            LogFoundSent(logger, key.UserId);
            return DigestDeliveryResult.FoundSent;
        }

        if (!await ledger.TryReclaimAsync(key, localDate, reservedAt, cancellationToken))
        {
            return DigestDeliveryResult.AlreadyHandled;
        }

        LogResending(logger, key.UserId);
        return null;
    }

    /// <summary>People with a mailbox, present in the directory, with the digest on.</summary>
    internal static bool IsEligible(MailboxEntity mailbox) =>
        mailbox is { Removed: false, DigestEnabled: true, Mail.Length: > 0 }
        && mailbox.Purpose is MailboxPurpose.User or MailboxPurpose.Unknown;

    /// <summary>The digest as Graph's JSON sendMail carries it (graph-fidelity GF-15): an HTML body, an <c>X-</c> header,
    /// List-Unsubscribe as its MAPI property, a copy kept in Sent Items.</summary>
    private async Task<OutgoingMail> MailAsync(MailboxEntity mailbox, DigestModel model) =>
        new(mailbox.Mail, mailbox.DisplayName, model.Subject, await renderer.RenderHtmlAsync(model))
        {
            Headers = new Dictionary<string, string>(StringComparer.Ordinal) { [DigestHeader] = MailboxClock.Format(model.LocalDate) },
            ExtendedProperties = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                // RFC 2369: mail clients offer their own "unsubscribe" button with this link (the page asks to confirm).
                [MailProperties.ListUnsubscribe] = "<" + model.UnsubscribeUrl + ">",
                [AutoResponseSuppressProperty] = "-1",
            },
            SaveToSentItems = true,
        };

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest sent to user {UserId} ({Suggestions} suggestions)")]
    private static partial void LogSent(ILogger logger, Guid userId, int suggestions);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest for user {UserId} refused by Graph ({Error}); marked failed for a retry")]
    private static partial void LogRefused(ILogger logger, Guid userId, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest for user {UserId}: the send's outcome is unknown ({Error}); the sender mailbox's own copy decides after the grace period")]
    private static partial void LogUnknown(ILogger logger, Guid userId, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest for user {UserId}: the send whose outcome was lost is in the sender mailbox (Drafts or Sent Items); recorded as sent")]
    private static partial void LogFoundSent(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest for user {UserId}: the send whose outcome was lost is not in the sender mailbox; sending it once more")]
    private static partial void LogResending(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest for user {UserId}: could not search the sender mailbox ({Error}); it stays reserved until the next scheduler run")]
    private static partial void LogUnresolved(ILogger logger, Guid userId, string error);
}
