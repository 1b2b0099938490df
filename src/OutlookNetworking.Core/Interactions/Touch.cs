using System.Runtime.InteropServices;

namespace OutlookNetworking.Core.Interactions;

/// <summary>
/// One interaction between the owner and one contact: when, on which day in the owner's time zone,
/// in which direction, and how much it weighs (1 = a direct 1:1 mail). 24 bytes: a mailbox has
/// hundreds of thousands of them.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal readonly struct Touch
{
    private const int SourceBits = 24;
    private const int SourceMask = (1 << SourceBits) - 1;

    // Source index in the low 24 bits, the kind in the next 4, the flags in the top 4.
    private readonly int _packed;

    /// <param name="contact">The contact's index in the address book.</param>
    /// <param name="utcTicks">The instant, as UTC ticks.</param>
    /// <param name="day">The owner's local calendar day, as <see cref="DateOnly.DayNumber"/>.</param>
    /// <param name="source">Index of the message or meeting in the input (below 2^24).</param>
    public Touch(int contact, long utcTicks, int day, TouchKind kind, float weight, int source, TouchFlags flags)
    {
        Contact = contact;
        UtcTicks = utcTicks;
        Day = day;
        Weight = weight;
        _packed = (source & SourceMask) | ((int)kind << SourceBits) | ((int)flags << (SourceBits + 4));
    }

    public int Contact { get; }

    public long UtcTicks { get; }

    public int Day { get; }

    public float Weight { get; }

    public int Source => _packed & SourceMask;

    public TouchKind Kind => (TouchKind)((_packed >> SourceBits) & 0xF);

    public TouchFlags Flags => (TouchFlags)((_packed >>> (SourceBits + 4)) & 0xF);

    /// <summary>Rounds a weight to a multiple of 2^-16, so sums of weights are exact and never depend on
    /// the order the messages came in.</summary>
    public static float Quantize(double weight) => (float)(Math.Round(weight * 65536) / 65536);
}
