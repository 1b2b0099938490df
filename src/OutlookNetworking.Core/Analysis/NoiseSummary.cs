namespace OutlookNetworking.Core.Analysis;

/// <summary>Why items or addresses were dropped as noise, with counts (reason -> count; reasons with
/// no count are absent). Reasons are camelCase words:
/// whole messages: <c>draft</c>, <c>junk</c>, <c>noDate</c>, <c>future</c> (after the analysis
/// instant), <c>bulk</c> (too many recipients, or "Other" mail from a sender never written to),
/// <c>automatedSender</c> (also counted per address), <c>notAddressed</c> (received without the owner
/// in To or Cc: through a list or Bcc);
/// addresses on a kept message or meeting: <c>ownAlias</c> (the owner among the recipients of their own
/// mail), <c>room</c>, <c>distributionList</c>, <c>automatedSender</c>, <c>invalidAddress</c> (missing,
/// empty, X500 or not SMTP);
/// whole meetings: <c>largeMeeting</c>, <c>declinedMeeting</c> (declined by the owner; attendees who
/// declined are counted too), <c>cancelledMeeting</c>;
/// contacts: <c>oneWay</c> (only ever received from, or only ever written to: not a relationship), <c>ownAddress</c>
/// (an address at a consumer mail domain that is evidently the owner's own: never a contact).</summary>
public sealed record NoiseSummary(IReadOnlyDictionary<string, int> Counts)
{
    /// <summary>The count for <paramref name="reason"/>, 0 when absent.</summary>
    public int this[string reason] => Counts.TryGetValue(reason, out var count) ? count : 0;
}
