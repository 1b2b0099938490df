using BenchmarkDotNet.Attributes;
using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Feedback;
using OutlookNetworking.Core.Input;

namespace OutlookNetworking.Benchmarks.Engine;

/// <summary>
/// Full analysis of one mailbox with 40,000 messages and 2,000 meetings (deterministic synthetic
/// input): interactions, relationships, every detector, ranking and network health.
/// Goal: under 50 ms on the 2-core build machine.
/// Run: <c>dotnet run -c Release --project benchmarks/OutlookNetworking.Benchmarks -- --filter '*EngineBenchmark*'</c>
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmark
{
    private MailboxInput _input = null!;
    private RelationshipEngine _engine = null!;

    [Params(40_000)]
    public int Messages { get; set; }

    [Params(2_000)]
    public int Meetings { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _input = SyntheticMailbox.Create(seed: 20250630, Messages, Meetings);
        _engine = new RelationshipEngine(new EngineOptions());
    }

    [Benchmark]
    public AnalysisResult AnalyzeMailbox() => _engine.Analyze(_input, UserFeedback.None, SyntheticMailbox.Now);
}
