using OutlookNetworking.Core.Analysis;

namespace OutlookNetworking.Core.Interactions;

/// <summary>Counts what was dropped as noise, by <see cref="NoiseReason"/> (see <see cref="NoiseSummary"/>).</summary>
internal sealed class NoiseCounter
{
    /// <summary>How many reasons there are (the size of a tally).</summary>
    public const int ReasonCount = (int)NoiseReason.OwnAddress + 1;

    /// <summary>The camelCase name of each reason, by number: the keys of <see cref="NoiseSummary"/>.</summary>
    private static readonly string[] Names =
    [
        "ownAlias", "room", "distributionList", "automatedSender", "bulk", "draft", "junk", "largeMeeting",
        "declinedMeeting", "cancelledMeeting", "invalidAddress", "noDate", "oneWay", "notAddressed", "future", "ownAddress",
    ];

    private readonly int[] _counts = new int[ReasonCount];

    public int this[NoiseReason reason] => _counts[(int)reason];

    /// <summary>True when nothing is counted.</summary>
    public bool IsEmpty => Array.TrueForAll(_counts, static c => c == 0);

    public void Add(NoiseReason reason, int count = 1) => _counts[(int)reason] += count;

    /// <summary>Counts a dropped address by what it resolved to; contacts and the owner are not noise.</summary>
    public void AddAddress(int code)
    {
        switch (code)
        {
            case AddressCode.Room:
                Add(NoiseReason.Room);
                break;
            case AddressCode.DistributionList:
                Add(NoiseReason.DistributionList);
                break;
            case AddressCode.Automated:
                Add(NoiseReason.AutomatedSender);
                break;
            case AddressCode.Invalid:
                Add(NoiseReason.InvalidAddress);
                break;
            default:
                break;
        }
    }

    /// <summary>Adds (<paramref name="sign"/> 1) or takes away (-1) every count of <paramref name="other"/>.</summary>
    public void AddAll(NoiseCounter other, int sign)
    {
        for (var i = 0; i < ReasonCount; i++)
        {
            _counts[i] += sign * other._counts[i];
        }
    }

    public void Clear() => Array.Clear(_counts);

    public void CopyFrom(NoiseCounter other) => other._counts.CopyTo(_counts, 0);

    public bool SameAs(NoiseCounter other) => _counts.AsSpan().SequenceEqual(other._counts);

    /// <summary>The reasons with a count, as (reason, count) pairs.</summary>
    public IEnumerable<(NoiseReason Reason, int Count)> NonZero()
    {
        for (var i = 0; i < ReasonCount; i++)
        {
            if (_counts[i] != 0)
            {
                yield return ((NoiseReason)i, _counts[i]);
            }
        }
    }

    public NoiseSummary ToSummary()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ReasonCount; i++)
        {
            if (_counts[i] > 0)
            {
                counts[Names[i]] = _counts[i];
            }
        }

        return new NoiseSummary(counts);
    }
}
