using OutlookNetworking.Core.Analysis;

namespace OutlookNetworking.Core.Detectors;

/// <summary>
/// One detector: finds the suggestions of its <see cref="Kind"/> in one mailbox's analysed contacts. Each lives in
/// its own folder, <c>Detectors/&lt;Kind&gt;/</c>, with its options (section <c>Engine:Detectors:&lt;Kind&gt;</c>),
/// its reason text and its score; <see cref="SuggestionDetectors"/> makes one per kind and the engine runs them all.
/// A detector holds only its options, so one instance serves every mailbox.
/// <para>Scores are in [0, 1] and comparable across kinds: each kind has a band that says how much it matters as a
/// kind (a reply someone is waiting for outranks a tie that has been quiet for months) and moves within it with
/// urgency and the value of the tie (the bands: docs/engine.md).</para>
/// </summary>
internal interface ISuggestionDetector
{
    /// <summary>The one kind of suggestion this detector makes.</summary>
    SuggestionKind Kind { get; }

    /// <summary>Adds this detector's suggestions for the mailbox of <paramref name="context"/> to <paramref name="output"/>.</summary>
    void Detect(DetectionContext context, List<Suggestion> output);
}
