namespace OutlookNetworking.Core.Input;

/// <summary>Everything the engine reads for one mailbox.</summary>
public sealed record MailboxInput(
    MailboxOwner Owner,
    IReadOnlyList<MessageMeta> Messages,
    IReadOnlyList<MeetingMeta> Meetings,
    DirectoryInfo Directory);
