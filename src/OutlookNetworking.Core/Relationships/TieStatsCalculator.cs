using System.Buffers;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Interactions;

namespace OutlookNetworking.Core.Relationships;

/// <summary>
/// Computes <see cref="TieStats"/> from a contact's touches (sorted by time). Strength counts distinct
/// contact days, not messages (Ureña-Carrión et al. 2020): each day weighs the sum of its touches'
/// weights, capped at 1, and decays with a half-life of <see cref="EngineOptions.StrengthHalfLifeDays"/>;
/// the decayed sum s maps to [0, 1) as 1 − exp(−s / <see cref="EngineOptions.StrengthSaturation"/>).
/// </summary>
internal sealed class TieStatsCalculator(EngineOptions options)
{
    private readonly double _decayPerDay = Math.Log(2) / options.StrengthHalfLifeDays;

    /// <summary>Stats over <paramref name="touches"/> up to and including <paramref name="asOfDay"/>'s
    /// instant <paramref name="asOfTicks"/>; <paramref name="monthly"/>, when given (12 entries), receives
    /// the contact days per month for the 12 months ending with <paramref name="asOfDay"/>'s month.</summary>
    public TieStats Compute(ReadOnlySpan<Touch> touches, long asOfTicks, int asOfDay, Span<int> monthly = default)
    {
        var count = CountUpTo(touches, asOfTicks);
        if (count == 0)
        {
            return default;
        }

        touches = touches[..count];
        int sent = 0, received = 0, meetings = 0, small = 0;
        var days = ArrayPool<int>.Shared.Rent(count);
        var weights = ArrayPool<float>.Shared.Rent(count);
        try
        {
            var daysSorted = true;
            for (var i = 0; i < count; i++)
            {
                var touch = touches[i];
                switch (touch.Kind)
                {
                    case TouchKind.Sent:
                        sent++;
                        break;
                    case TouchKind.Received:
                        received++;
                        break;
                    default:
                        meetings++;
                        if ((touch.Flags & TouchFlags.SmallMeeting) != 0)
                        {
                            small++;
                        }

                        break;
                }

                days[i] = touch.Day;
                weights[i] = touch.Weight;
                daysSorted &= i == 0 || touch.Day >= days[i - 1];
            }

            if (!daysSorted)
            {
                days.AsSpan(0, count).Sort(weights.AsSpan(0, count));
            }

            var (distinct, strength, peak, medianGap) = Fold(days.AsSpan(0, count), weights.AsSpan(0, count), asOfDay, monthly);
            return new TieStats(touches[0].UtcTicks, touches[^1].UtcTicks, distinct, sent, received, meetings, small,
                medianGap, strength, peak);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(days);
            ArrayPool<float>.Shared.Return(weights);
        }
    }

    /// <summary>The number of touches at or before <paramref name="asOfTicks"/> (touches are sorted).</summary>
    public static int CountUpTo(ReadOnlySpan<Touch> touches, long asOfTicks)
    {
        if (touches.Length == 0 || touches[^1].UtcTicks <= asOfTicks)
        {
            return touches.Length;
        }

        int lo = 0, hi = touches.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (touches[mid].UtcTicks <= asOfTicks)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private (int Distinct, double Strength, double Peak, double? MedianGap) Fold(
        ReadOnlySpan<int> days, ReadOnlySpan<float> weights, int asOfDay, Span<int> monthly)
    {
        var gaps = ArrayPool<int>.Shared.Rent(days.Length);
        try
        {
            var asOfMonth = MonthIndex(asOfDay);
            var distinct = 0;
            var gapCount = 0;
            double raw = 0, peakRaw = 0;
            var previousDay = int.MinValue;
            var i = 0;
            while (i < days.Length)
            {
                var day = days[i];
                double dayWeight = 0;
                while (i < days.Length && days[i] == day)
                {
                    dayWeight += weights[i];
                    i++;
                }

                if (distinct > 0)
                {
                    raw *= Math.Exp(-_decayPerDay * (day - previousDay));
                    var gap = day - previousDay;
                    if (gap > 1)
                    {
                        gaps[gapCount++] = gap;
                    }
                }

                raw += Math.Min(1.0, dayWeight);
                peakRaw = Math.Max(peakRaw, raw);
                distinct++;
                previousDay = day;

                if (!monthly.IsEmpty)
                {
                    var slot = monthly.Length - 1 - (asOfMonth - MonthIndex(day));
                    if ((uint)slot < (uint)monthly.Length)
                    {
                        monthly[slot]++;
                    }
                }
            }

            raw *= Math.Exp(-_decayPerDay * Math.Max(0, asOfDay - previousDay));
            double? median = gapCount > 0 ? Median(gaps.AsSpan(0, gapCount)) : distinct >= 3 ? 1 : null;
            return (distinct, ToStrength(raw), ToStrength(peakRaw), median);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(gaps);
        }
    }

    private double ToStrength(double raw) => 1 - Math.Exp(-raw / options.StrengthSaturation);

    /// <summary>The median of gaps between contact days longer than one day: consecutive days are one
    /// exchange (the question on Monday, the answer on Tuesday), not a rhythm of one day.</summary>
    private static double Median(Span<int> gaps)
    {
        gaps.Sort();
        var mid = gaps.Length / 2;
        return gaps.Length % 2 == 1 ? gaps[mid] : (gaps[mid - 1] + gaps[mid]) / 2.0;
    }

    private static int MonthIndex(int dayNumber)
    {
        var date = DateOnly.FromDayNumber(dayNumber);
        return (date.Year * 12) + date.Month - 1;
    }
}
