namespace OutlookNetworking.Core.State;

/// <summary>
/// The version of what the engine keeps between nights and how it reads it: the footprints of items, the address
/// table, the rules that turn them into figures. A state kept by another version is never folded into: the mailbox is
/// re-analysed from scratch (<see cref="StateBasis"/>). Bump it whenever a change makes a kept state mean something
/// else: a new field in the state or a footprint, a scanner rule (what counts as noise, how a touch weighs), a stored
/// number's meaning. Changes that only read the state differently at evaluation (a detector's rule, a score) need no
/// bump: evaluation runs afresh every night.
/// </summary>
public static class EngineVersion
{
    /// <summary>1: the first kept state (per-address touches, item footprints, open conversations).
    /// 2: touches say whether their message or meeting had another person on it (<c>TouchFlags.WithOthers</c>, for
    /// the owner's own addresses).
    /// 3: the open conversations are kept in their own parts, by conversation bucket, instead of in the header.
    /// 4: contacts keep the mail they wrote to lists the owner got it through (<see cref="ListTouch"/>), footprints the
    /// list touches they make (person cards of list-only colleagues).</summary>
    public const int Current = 4;
}
