using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Relationships;

namespace OutlookNetworking.Core.Detectors.FadingTie;

/// <summary>
/// Fading tie: a relationship with at least <see cref="FadingTieOptions.MinContactDays"/> contact days that has been
/// silent for a few times its own usual gap (<see cref="TieState.Fading"/>), well before it most likely decays.
/// Anchored on the last-contact date.
/// </summary>
internal sealed class FadingTieDetector(FadingTieOptions options) : ISuggestionDetector
{
    public SuggestionKind Kind => SuggestionKind.FadingTie;

    public void Detect(DetectionContext context, List<Suggestion> output)
    {
        foreach (var (contact, tie) in QuietTies.In(context, TieState.Fading, options.MinContactDays))
        {
            var usualGap = tie.MedianGapDays ?? context.Engine.NoRhythmGapDays;
            var since = context.Clock.DateOf(tie.FirstContact).Year;
            output.Add(QuietTies.Suggest(context, Kind, contact, tie, FadingTieScore.Of(tie.PeakStrength, context.Engine),
                FadingTieReason.For(contact.Name, usualGap, context.DaysSince(tie.LastContact), tie.ContactDays, since)));
        }
    }
}
