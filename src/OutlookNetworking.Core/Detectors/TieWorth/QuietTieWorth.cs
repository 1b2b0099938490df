using OutlookNetworking.Core.Addresses;
using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Detectors.DormantTie;

namespace OutlookNetworking.Core.Detectors.TieWorth;

/// <summary>A quiet tie's worth in [0, 1], the weighted mean of its terms (<see cref="TieWorthOptions"/>), and the term
/// that added most to it (named in the reason).</summary>
internal readonly record struct QuietTieWorth(double Worth, WorthTerm Leading)
{
    /// <summary>How the former-closeness term reads closeness c in [0, 1].</summary>
    public enum Reading
    {
        /// <summary>c (dormant ties, <see cref="DormantTieFavour.Strongest"/>).</summary>
        Strongest,

        /// <summary>1 − c (dormant ties, <see cref="DormantTieFavour.Weakest"/>).</summary>
        Weakest,

        /// <summary>(1 − e)·c + e·4c(1 − c), e = <see cref="Engine.EngineOptions.WeakTieEmphasis"/> (fading ties:
        /// moderately weak ties drive the most job mobility, Rajkumar et al. 2022, Science).</summary>
        ModeratelyWeak,
    }

    public static Reading For(DormantTieFavour favour) => favour == DormantTieFavour.Weakest ? Reading.Weakest : Reading.Strongest;

    /// <summary>Former closeness in [0, 1]: the mean of the contact days on a log scale (full at
    /// <see cref="TieWorthOptions.ContactDaysSaturation"/>) and the peak strength.</summary>
    public static double Closeness(Relationship tie, TieWorthOptions options)
    {
        var days = Math.Min(1, Math.Log(1 + tie.ContactDays) / Math.Log(1 + options.ContactDaysSaturation));
        return (days + Math.Clamp(tie.PeakStrength, 0, 1)) / 2;
    }

    public static QuietTieWorth Of(DetectionContext context, ContactView contact, Relationship tie, Reading reading)
    {
        var options = context.Engine.TieWorth;
        var c = Closeness(tie, options);
        var e = context.Engine.WeakTieEmphasis;
        var closeness = reading switch
        {
            Reading.Strongest => c,
            Reading.Weakest => 1 - c,
            Reading.ModeratelyWeak => ((1 - e) * c) + (e * 4 * c * (1 - c)),
        };
        var silentDays = Math.Max(0, (context.Now - tie.LastContact).TotalDays);
        Span<double> shares =
        [
            options.ContactDaysWeight * closeness,
            options.ReciprocityWeight * Math.Clamp(tie.Reciprocity, 0, 1),
            options.PeakRecencyWeight * Math.Pow(0.5, silentDays / options.PeakRecencyHalfLifeDays),
            options.ExternalWeight * (contact.IsInternal ? 0 : 1),
            options.GoalWeight * (HasGoal(context, contact.Address) ? 1 : 0),
        ];

        var leading = 0;
        double sum = 0;
        for (var i = 0; i < shares.Length; i++)
        {
            sum += shares[i];
            if (shares[i] > shares[leading])
            {
                leading = i;
            }
        }

        return new QuietTieWorth(Math.Clamp(sum / options.TotalWeight, 0, 1), (WorthTerm)leading);
    }

    public static bool HasGoal(DetectionContext context, string address)
    {
        foreach (var goalAddress in context.Feedback.Goals.Keys)
        {
            if (string.Equals(EmailAddresses.Normalize(goalAddress), address, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
