using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Detectors.AwaitingReply;
using OutlookNetworking.Core.Detectors.CadenceGoal;
using OutlookNetworking.Core.Detectors.DormantTie;
using OutlookNetworking.Core.Detectors.FadingTie;
using OutlookNetworking.Core.Detectors.FirstMeetingFollowUp;
using OutlookNetworking.Core.Detectors.MeetingPrep;
using OutlookNetworking.Core.Detectors.OwedReply;

namespace OutlookNetworking.Core.Detectors;

/// <summary>The detectors the engine runs: one per <see cref="SuggestionKind"/>.</summary>
internal static class SuggestionDetectors
{
    /// <summary>One detector per kind, in the order of the kinds' numbers.</summary>
    public static ISuggestionDetector[] Create(DetectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var kinds = Enum.GetValues<SuggestionKind>();
        var detectors = new ISuggestionDetector[kinds.Length];
        for (var i = 0; i < kinds.Length; i++)
        {
            detectors[i] = For(kinds[i], options);
        }

        return detectors;
    }

    /// <summary>The detector of <paramref name="kind"/>. No catch-all arm: a new kind does not compile (CS8509) until
    /// it has its detector here.</summary>
    private static ISuggestionDetector For(SuggestionKind kind, DetectorOptions options) => kind switch
    {
        SuggestionKind.FirstMeetingFollowUp => new FirstMeetingFollowUpDetector(options.FirstMeetingFollowUp),
        SuggestionKind.OwedReply => new OwedReplyDetector(options.OwedReply),
        SuggestionKind.AwaitingReply => new AwaitingReplyDetector(options.AwaitingReply),
        SuggestionKind.FadingTie => new FadingTieDetector(options.FadingTie),
        SuggestionKind.DormantTie => new DormantTieDetector(options.DormantTie),
        SuggestionKind.CadenceGoal => new CadenceGoalDetector(options.CadenceGoal),
        SuggestionKind.MeetingPrep => new MeetingPrepDetector(options.MeetingPrep),
    };
}
