using System.Globalization;

namespace OutlookNetworking.Core.Detectors;

/// <summary>What every detector's reason shares: one plain-English sentence with the numbers it rests on, in the
/// invariant culture, and never a subject (the engine has none).</summary>
internal static class ReasonText
{
    public static CultureInfo Invariant => CultureInfo.InvariantCulture;

    /// <summary><c>today</c>, <c>yesterday</c> or <c>N days ago</c>.</summary>
    public static string Ago(int days) => days switch
    {
        <= 0 => "today",
        1 => "yesterday",
        _ => string.Create(Invariant, $"{days} days ago"),
    };

    /// <summary><c>day</c> or <c>N days</c>, rounded to whole days (at least one): "every 9 days".</summary>
    public static string Days(double days)
    {
        var whole = Math.Max(1, (int)Math.Round(days, MidpointRounding.AwayFromZero));
        return whole == 1 ? "day" : string.Create(Invariant, $"{whole} days");
    }
}
