using OutlookNetworking.Core.Engine;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Graph;
using OutlookNetworking.Graph.Client;

namespace OutlookNetworking.Web.Hosting;

/// <summary>What a caller of the pipeline outside the host states (the CLI, the tests' harnesses, the benchmarks): its
/// store, clock, Graph token source and Graph options (the base URL of a simulator, retry timings). Everything else is the
/// product's composition (<see cref="HostingExtensions.AddOutlookNetworkingPipeline"/>).</summary>
public sealed class PipelineSetup
{
    public required StorageOptions Storage { get; init; }

    public required TimeProvider Clock { get; init; }

    public required IGraphAccessTokenSource Tokens { get; init; }

    public required GraphOptions Graph { get; init; }

    /// <summary>The engine's options; the defaults unless a caller tunes a detector.</summary>
    public EngineOptions Engine { get; init; } = new();
}
