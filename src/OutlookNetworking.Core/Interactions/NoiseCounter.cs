using OutlookNetworking.Core.Analysis;

namespace OutlookNetworking.Core.Interactions;

/// <summary>Counts what was dropped as noise, by reason (see <see cref="NoiseSummary"/>).</summary>
internal sealed class NoiseCounter
{
    public const string OwnAlias = "ownAlias";
    public const string Room = "room";
    public const string DistributionList = "distributionList";
    public const string AutomatedSender = "automatedSender";
    public const string Bulk = "bulk";
    public const string Draft = "draft";
    public const string Junk = "junk";
    public const string LargeMeeting = "largeMeeting";
    public const string DeclinedMeeting = "declinedMeeting";
    public const string CancelledMeeting = "cancelledMeeting";
    public const string InvalidAddress = "invalidAddress";
    public const string NoDate = "noDate";
    public const string OneWay = "oneWay";
    public const string NotAddressed = "notAddressed";
    public const string Future = "future";

    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public void Add(string reason, int count = 1)
    {
        if (count > 0)
        {
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_counts, reason, out _) += count;
        }
    }

    /// <summary>Counts a dropped address by what it resolved to; contacts and the owner are not noise.</summary>
    public void AddAddress(int code)
    {
        switch (code)
        {
            case AddressCode.Room:
                Add(Room);
                break;
            case AddressCode.DistributionList:
                Add(DistributionList);
                break;
            case AddressCode.Automated:
                Add(AutomatedSender);
                break;
            case AddressCode.Invalid:
                Add(InvalidAddress);
                break;
            default:
                break;
        }
    }

    public NoiseSummary ToSummary() => new(new Dictionary<string, int>(_counts, StringComparer.Ordinal));
}
