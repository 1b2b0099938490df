using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Interactions;

namespace OutlookNetworking.Core.Relationships;

/// <summary>
/// Computes <see cref="TieStats"/> from a contact's touches (sorted by time). Strength counts distinct
/// contact days, not messages (Ureña-Carrión et al. 2020): each day weighs the sum of its touches'
/// weights, capped at 1, and decays with a half-life of <see cref="EngineOptions.StrengthHalfLifeDays"/>;
/// the decayed sum s maps to [0, 1) as 1 − exp(−s / <see cref="EngineOptions.StrengthSaturation"/>).
/// One instance per analysis: it reuses its scratch buffers and is not thread-safe.
/// </summary>
internal sealed class TieStatsCalculator(EngineOptions options)
{
    private readonly double _decayPerDay = Math.Log(2) / options.StrengthHalfLifeDays;
    private int[] _days = new int[256];
    private double[] _weights = new double[256];
    private int[] _gaps = new int[256];
    private double[] _sums = new double[512];
    private bool[] _present = new bool[512];

    /// <summary>Stats over the <paramref name="touches"/> (in any order) at or before
    /// <paramref name="asOfTicks"/>, whose local day is <paramref name="asOfDay"/>; <paramref name="monthly"/>,
    /// when given (12 entries), receives the contact days per month for the 12 months ending with
    /// <paramref name="asOfDay"/>'s month. Weights are quantised (<see cref="Touch.Quantize"/>), so every
    /// figure is the same whatever the order of the touches.</summary>
    public TieStats Compute(ReadOnlySpan<Touch> touches, long asOfTicks, int asOfDay, Span<int> monthly = default)
    {
        int sent = 0, received = 0, meetings = 0, small = 0, count = 0;
        int minDay = int.MaxValue, maxDay = int.MinValue;
        long first = long.MaxValue, last = long.MinValue;
        var days = Ensure(ref _days, touches.Length);
        var weights = Ensure(ref _weights, touches.Length);
        foreach (var touch in touches)
        {
            if (touch.UtcTicks > asOfTicks)
            {
                continue;
            }

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

            first = Math.Min(first, touch.UtcTicks);
            last = Math.Max(last, touch.UtcTicks);
            minDay = Math.Min(minDay, touch.Day);
            maxDay = Math.Max(maxDay, touch.Day);
            days[count] = touch.Day;
            weights[count] = touch.Weight;
            count++;
        }

        if (count == 0)
        {
            return default;
        }

        var distinct = ToDistinctDays(days, weights, count, minDay, maxDay);
        var (strength, peak, medianGap) = Fold(days.AsSpan(0, distinct), weights.AsSpan(0, distinct), asOfDay, monthly);
        return new TieStats(first, last, distinct, sent, received, meetings, small, medianGap, strength, peak);
    }

    private static T[] Ensure<T>(ref T[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            buffer = new T[Math.Max(length, buffer.Length * 2)];
        }

        return buffer;
    }

    /// <summary>Rewrites the first <paramref name="count"/> (day, weight) pairs as distinct days in
    /// ascending order, each with the sum of its weights; returns how many. Dense days (the usual case)
    /// go through a histogram over the day range, sparse ones through a sort.</summary>
    private int ToDistinctDays(int[] days, double[] weights, int count, int minDay, int maxDay)
    {
        var range = maxDay - minDay + 1;
        if (range > (4 * count) + 64)
        {
            days.AsSpan(0, count).Sort(weights.AsSpan(0, count));
            var distinct = 0;
            for (var i = 0; i < count; i++)
            {
                if (distinct > 0 && days[distinct - 1] == days[i])
                {
                    weights[distinct - 1] += weights[i];
                }
                else
                {
                    days[distinct] = days[i];
                    weights[distinct++] = weights[i];
                }
            }

            return distinct;
        }

        var sums = Ensure(ref _sums, range);
        var present = Ensure(ref _present, range);
        sums.AsSpan(0, range).Clear();
        present.AsSpan(0, range).Clear();
        for (var i = 0; i < count; i++)
        {
            var slot = days[i] - minDay;
            sums[slot] += weights[i];
            present[slot] = true;
        }

        var written = 0;
        for (var slot = 0; slot < range; slot++)
        {
            if (present[slot])
            {
                days[written] = minDay + slot;
                weights[written++] = sums[slot];
            }
        }

        return written;
    }

    /// <summary>Strength now and at its peak, the median gap, and the monthly series, from distinct
    /// days in ascending order with their summed weights.</summary>
    private (double Strength, double Peak, double? MedianGap) Fold(
        ReadOnlySpan<int> days, ReadOnlySpan<double> dayWeights, int asOfDay, Span<int> monthly)
    {
        var gaps = Ensure(ref _gaps, days.Length);
        var asOfMonth = MonthIndex(asOfDay);
        var gapCount = 0;
        double raw = 0, peakRaw = 0;
        for (var i = 0; i < days.Length; i++)
        {
            if (i > 0)
            {
                var gap = days[i] - days[i - 1];
                raw *= Math.Exp(-_decayPerDay * gap);
                if (gap > 1)
                {
                    gaps[gapCount++] = gap;
                }
            }

            raw += Math.Min(1.0, dayWeights[i]);
            peakRaw = Math.Max(peakRaw, raw);
            if (!monthly.IsEmpty)
            {
                var slot = monthly.Length - 1 - (asOfMonth - MonthIndex(days[i]));
                if ((uint)slot < (uint)monthly.Length)
                {
                    monthly[slot]++;
                }
            }
        }

        raw *= Math.Exp(-_decayPerDay * Math.Max(0, asOfDay - days[^1]));
        double? median = gapCount > 0 ? Median(gaps.AsSpan(0, gapCount)) : days.Length >= 3 ? 1 : null;
        return (ToStrength(raw), ToStrength(peakRaw), median);
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
