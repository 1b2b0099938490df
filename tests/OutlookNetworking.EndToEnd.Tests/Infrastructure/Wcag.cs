using System.Globalization;

namespace OutlookNetworking.EndToEnd.Tests.Infrastructure;

/// <summary>WCAG 2.x relative luminance and contrast ratio of CSS colours as browsers compute them (<c>rgb(r, g, b)</c>).</summary>
public static class Wcag
{
    /// <summary>The least contrast of normal text (WCAG 2.x AA).</summary>
    public const double TextContrast = 4.5;

    /// <summary>Channels 0..1 of <c>rgb(…)</c> or <c>rgba(…)</c> (alpha ignored).</summary>
    public static double[] Rgb(string css)
    {
        ArgumentNullException.ThrowIfNull(css);
        return css[(css.IndexOf('(', StringComparison.Ordinal) + 1)..css.IndexOf(')', StringComparison.Ordinal)]
            .Split(',').Take(3).Select(p => double.Parse(p.Trim(), CultureInfo.InvariantCulture) / 255).ToArray();
    }

    public static double Luminance(string css)
    {
        static double Channel(double c) => c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        var rgb = Rgb(css);
        return (0.2126 * Channel(rgb[0])) + (0.7152 * Channel(rgb[1])) + (0.0722 * Channel(rgb[2]));
    }

    public static double Contrast(string foreground, string background)
    {
        var (l1, l2) = (Luminance(foreground), Luminance(background));
        return (Math.Max(l1, l2) + 0.05) / (Math.Min(l1, l2) + 0.05);
    }
}
