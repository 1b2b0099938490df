using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Feedback;
using OutlookNetworking.Core.Input;

namespace OutlookNetworking.Core.Engine;

/// <summary>
/// The relationship engine: interactions, relationships, detectors, ranking and network health for
/// one mailbox. Pure: the same input and <c>now</c> give the same result.
/// </summary>
public sealed class RelationshipEngine(EngineOptions options)
{
    public EngineOptions Options { get; } = options;

    /// <summary>Analyses one mailbox at <paramref name="now"/> (pass <c>TimeProvider.GetUtcNow()</c>).</summary>
    public AnalysisResult Analyze(MailboxInput input, UserFeedback feedback, DateTimeOffset now)
        => throw new NotImplementedException("Issue 2: the engine is being written.");
}
