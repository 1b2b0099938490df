namespace OutlookNetworking.Web.Features.Digest;

/// <summary>What one attempt at a user's digest for a local date came to.</summary>
public enum DigestDeliveryResult
{
    /// <summary>Sent now.</summary>
    Sent,

    /// <summary>Nothing worth saying today: recorded, no email.</summary>
    NothingToSay,

    /// <summary>That day's digest was already sent, decided, or is being sent by another run: nothing done.</summary>
    AlreadyHandled,

    /// <summary>No digest for this mailbox: opted out, removed, not a person, or digest turned off.</summary>
    NotEligible,

    /// <summary>No recent analysis to base a digest on (the night has not run, or keeps failing).</summary>
    NotAnalysed,

    /// <summary>No <see cref="DigestOptions.SenderMailbox"/> is configured: digests are off.</summary>
    NotConfigured,

    /// <summary>The send may or may not have reached Graph (timeout, dropped connection), or the sender's Sent Items
    /// could not be searched: it stays reserved until <see cref="DigestOptions.UnknownOutcomeGrace"/> has passed and
    /// the Sent Items decide.</summary>
    OutcomeUnknown,

    /// <summary>An earlier send whose outcome was lost is in the sender's Sent Items: recorded as sent, not sent again.</summary>
    FoundSent,
}
