using OutlookNetworking.GraphSimulator.Control;

namespace OutlookNetworking.GraphSimulator.Faults;

/// <summary>The fault chosen for one request.</summary>
internal readonly record struct FaultDecision(FaultKind Kind, int RetryAfterSeconds, int LatencyMilliseconds);
