using OutlookNetworking.Core.Input;

namespace OutlookNetworking.Core.Tests.Snapshot;

/// <summary>One user of the snapshot and their mailbox.</summary>
internal sealed record SnapshotUser(
    MailboxOwner Owner,
    IReadOnlyList<MessageMeta> Messages,
    IReadOnlyList<MeetingMeta> Meetings,
    int SkippedLines);
