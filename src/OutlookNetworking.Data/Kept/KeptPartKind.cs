namespace OutlookNetworking.Data.Kept;

/// <summary>What a <see cref="KeptStatePartEntity"/> holds (stored as a number: never renumber).</summary>
public enum KeptPartKind : short
{
    Entries = 0,
    Items = 1,
    Conversations = 2,

    /// <summary>The <see cref="ResultDigest"/> of the mailbox's relationship rows.</summary>
    Relationships = 3,

    /// <summary>The <see cref="ResultDigest"/> of the mailbox's suggestion rows.</summary>
    Suggestions = 4,

    /// <summary>The open conversations of one conversation bucket (none stored for a bucket with none open): read
    /// every night, written only for the buckets whose conversations changed (engine version 3).</summary>
    OpenConversations = 5,

    /// <summary>The hash of the mailbox's summary row (<c>mailbox_analyses</c>: health, noise, list-only contacts, counts;
    /// its analysed-at time apart): a night whose summary hashes the same only moves the row's analysed-at time.</summary>
    Summary = 6,
}
