namespace OutlookNetworking.Core.Analysis;

/// <summary>
/// Someone the owner shares list or group mail with and nothing else: they wrote to lists the owner received their mail
/// through, and there is no direct mail (either way) or meeting with them up to the analysis instant. Not a
/// relationship and never a suggestion; it lets a person card say "You are both on Operations 1 mail; no direct mail
/// or meeting yet" instead of "No history". Only list metadata: names and dates, never subjects.
/// </summary>
/// <param name="ContactAddress">Normalised (lower-case SMTP) address.</param>
/// <param name="Lists">The names of the lists shared (the directory's, else the name on the mail, else the list's
/// address), the most recently used first (then by name), at most <see cref="MaxLists"/>.</param>
/// <param name="ListCount">How many distinct lists are shared (may exceed <see cref="Lists"/>' count).</param>
/// <param name="ListMessages">How many of their list messages the owner received.</param>
/// <param name="LastListMail">The latest of those messages.</param>
public sealed record ListOnlyContact(
    string ContactAddress,
    IReadOnlyList<string> Lists,
    int ListCount,
    int ListMessages,
    DateTimeOffset LastListMail)
{
    /// <summary>Most list names given per contact. Default 3: a card names a few, not a membership roster.</summary>
    public const int MaxLists = 3;
}
