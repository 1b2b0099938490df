using OutlookNetworking.Core.Interactions;

namespace OutlookNetworking.Core.State;

/// <summary>An item whose instant is after the state's (a meeting next week, a message dated ahead): its noise is
/// counted only once its instant has come (a message until then is <see cref="NoiseReason.Future"/>).</summary>
internal sealed record PendingItem(ItemKey Key, long Ticks, (NoiseReason Reason, int Count)[] PastNoise);

/// <summary>One contact met in a small meeting (the first-meeting follow-up reads these).</summary>
internal readonly record struct SmallMeeting(string MeetingId, long StartTicks, long EndTicks, int Contact);
