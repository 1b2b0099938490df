using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Detectors.TieWorth;
using OutlookNetworking.Core.Relationships;

namespace OutlookNetworking.Core.Detectors.FadingTie;

/// <summary>
/// Fading tie: a relationship with at least <see cref="FadingTieOptions.MinContactDays"/> contact days that has been
/// silent for a few times its own usual gap (<see cref="TieState.Fading"/>), well before it most likely decays.
/// Ordered by their worth (<see cref="QuietTieWorth"/>, former closeness read as moderately weak); the reason says what
/// made each rank. Anchored on the last-contact date.
/// </summary>
internal sealed class FadingTieDetector(FadingTieOptions options) : ISuggestionDetector
{
    private const string Group = "are drifting from";

    public SuggestionKind Kind => SuggestionKind.FadingTie;

    public void Detect(DetectionContext context, List<Suggestion> output)
    {
        var quiet = QuietTies.In(context, TieState.Fading, options.MinContactDays).ToList();
        const QuietTieWorth.Reading reading = QuietTieWorth.Reading.ModeratelyWeak;
        foreach (var (contact, tie) in quiet)
        {
            var usualGap = tie.MedianGapDays ?? context.Engine.NoRhythmGapDays;
            var since = context.Clock.DateOf(tie.FirstContact).Year;
            var worth = QuietTieWorth.Of(context, contact, tie, reading);
            var reason = TieWorthReason.Append(
                FadingTieReason.For(contact.Name, usualGap, context.DaysSince(tie.LastContact), tie.ContactDays, since),
                worth, reading, contact, tie, QuietTies.Others(quiet, contact), Group, context);
            output.Add(QuietTies.Suggest(context, Kind, contact, tie, FadingTieScore.Of(worth.Worth), reason));
        }
    }
}
