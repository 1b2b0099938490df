using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Detectors.TieWorth;
using OutlookNetworking.Core.Relationships;

namespace OutlookNetworking.Core.Detectors.DormantTie;

/// <summary>
/// Dormant tie worth reconnecting: a once-strong relationship with at least
/// <see cref="DormantTieOptions.MinContactDays"/> contact days, silent far beyond its own rhythm but still within reach
/// (<see cref="TieState.Dormant"/>). Dormant ties that were once strong give advice as useful as current ties and more
/// novel (Levin, Walter &amp; Murnighan 2011). Ordered by their worth (<see cref="QuietTieWorth"/>, former closeness
/// read as <see cref="DormantTieOptions.Favour"/> says); the reason says what made each rank. Anchored on the
/// last-contact date.
/// </summary>
internal sealed class DormantTieDetector(DormantTieOptions options) : ISuggestionDetector
{
    private const string Group = "have lost touch with";

    public SuggestionKind Kind => SuggestionKind.DormantTie;

    public void Detect(DetectionContext context, List<Suggestion> output)
    {
        var quiet = QuietTies.In(context, TieState.Dormant, options.MinContactDays).ToList();
        var reading = QuietTieWorth.For(options.Favour);
        foreach (var (contact, tie) in quiet)
        {
            var worth = QuietTieWorth.Of(context, contact, tie, reading);
            var reason = TieWorthReason.Append(
                DormantTieReason.For(contact.Name, tie.ContactDays, tie.MedianGapDays ?? context.Engine.NoRhythmGapDays,
                    context.Clock.DateOf(tie.LastContact), context.DaysSince(tie.LastContact)),
                worth, reading, contact, tie, QuietTies.Others(quiet, contact), Group, context);
            output.Add(QuietTies.Suggest(context, Kind, contact, tie, DormantTieScore.Of(worth.Worth), reason));
        }
    }
}
