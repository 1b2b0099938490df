using System.Diagnostics.Metrics;

namespace OutlookNetworking.Graph.Diagnostics;

/// <summary>What Graph did to us, on the meter <c>OutlookNetworking</c>: answers 429 (throttled) and the SDK's retries.
/// Each HTTP attempt passes <see cref="Throttling.GraphRequestLimitHandler"/>, which counts them.</summary>
public static class GraphMetrics
{
    public const string MeterName = "OutlookNetworking";

    private static readonly Meter Meter = new(MeterName);

    /// <summary><c>outlooknetworking.graph.throttled</c>: Graph answered 429 Too Many Requests.</summary>
    public static readonly Counter<long> Throttled = Meter.CreateCounter<long>("outlooknetworking.graph.throttled", "{response}",
        "Graph answers 429 (throttled)");

    /// <summary><c>outlooknetworking.graph.retries</c>: an attempt the SDK's retry handler sent again.</summary>
    public static readonly Counter<long> Retries = Meter.CreateCounter<long>("outlooknetworking.graph.retries", "{request}",
        "Graph requests sent again by the retry handler");
}
