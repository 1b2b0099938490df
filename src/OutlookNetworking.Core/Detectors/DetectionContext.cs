using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Core.Interactions;

namespace OutlookNetworking.Core.Detectors;

/// <summary>Everything a detector reads: the input, the options, the instant, and the contacts
/// (indexed by their address code; null for addresses without any interaction).</summary>
internal sealed class DetectionContext(
    MailboxInput input, EngineOptions options, DateTimeOffset now, OwnerClock clock, IReadOnlyList<ContactView?> contacts)
{
    public MailboxInput Input { get; } = input;

    public EngineOptions Options { get; } = options;

    public DateTimeOffset Now { get; } = now;

    public OwnerClock Clock { get; } = clock;

    public IReadOnlyList<ContactView?> Contacts { get; } = contacts;

    public string OwnerId => Input.Owner.UserId;

    /// <summary>Whole days from <paramref name="at"/> to now, never negative.</summary>
    public int DaysSince(DateTimeOffset at) => Math.Max(0, (int)Math.Floor((Now - at).TotalDays));
}
