using System.Runtime.InteropServices;

namespace OutlookNetworking.Core.Interactions;

/// <summary>
/// One interaction between the owner and one contact: when, on which day in the owner's time zone,
/// in which direction, how much it weighs (1 = a direct 1:1 mail), and the name the mail system gave the contact on
/// it. 24 bytes: a mailbox has hundreds of thousands of them. Two touches with the same fields are interchangeable:
/// every figure depends on the values only, never on which message or meeting a touch came from.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal readonly struct Touch : IEquatable<Touch>
{
    private const int NameBits = 24;
    private const int NameMask = (1 << NameBits) - 1;

    // Name slot in the low 24 bits, the kind in the next 4, the flags in the top 4.
    private readonly int _packed;

    /// <param name="contact">The contact's number in the mailbox's address table.</param>
    /// <param name="utcTicks">The instant, as UTC ticks.</param>
    /// <param name="day">The owner's local calendar day, as <see cref="DateOnly.DayNumber"/>.</param>
    /// <param name="nameSlot">1 + the index of the name given on it in the contact's names; 0 when none.</param>
    public Touch(int contact, long utcTicks, int day, TouchKind kind, float weight, int nameSlot, TouchFlags flags)
    {
        Contact = contact;
        UtcTicks = utcTicks;
        Day = day;
        Weight = weight;
        _packed = (nameSlot & NameMask) | ((int)kind << NameBits) | ((int)flags << (NameBits + 4));
    }

    public int Contact { get; }

    public long UtcTicks { get; }

    public int Day { get; }

    public float Weight { get; }

    /// <summary>1 + the index of the name given on this touch in its contact's names (<see cref="State.AddressEntry.Names"/>); 0 when none.</summary>
    public int NameSlot => _packed & NameMask;

    public TouchKind Kind => (TouchKind)((_packed >> NameBits) & 0xF);

    public TouchFlags Flags => (TouchFlags)((_packed >>> (NameBits + 4)) & 0xF);

    /// <summary>The largest name slot a touch can hold.</summary>
    public static int MaxNameSlot => NameMask;

    /// <summary>Rounds a weight to a multiple of 2^-16, so sums of weights are exact and never depend on
    /// the order the messages came in.</summary>
    public static float Quantize(double weight) => (float)(Math.Round(weight * 65536) / 65536);

    public bool Equals(Touch other)
        => UtcTicks == other.UtcTicks && _packed == other._packed && Contact == other.Contact && Day == other.Day
           && Weight.Equals(other.Weight);

    public override bool Equals(object? obj) => obj is Touch other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Contact, UtcTicks, Day, Weight, _packed);

    public static bool operator ==(Touch left, Touch right) => left.Equals(right);

    public static bool operator !=(Touch left, Touch right) => !left.Equals(right);

    /// <summary>Orders touches by time, then by every other field: the canonical order they are kept in.</summary>
    public static int Compare(Touch a, Touch b)
    {
        var c = a.UtcTicks.CompareTo(b.UtcTicks);
        if (c != 0)
        {
            return c;
        }

        c = a._packed.CompareTo(b._packed);
        return c != 0 ? c : a.Weight.CompareTo(b.Weight);
    }
}
