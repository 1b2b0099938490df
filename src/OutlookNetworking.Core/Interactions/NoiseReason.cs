namespace OutlookNetworking.Core.Interactions;

/// <summary>Why something was dropped as noise (see <see cref="Analysis.NoiseSummary"/> for what each means). Kept in
/// the stored footprints of messages and meetings as a number: a member keeps its number for good, and renumbering
/// needs a new <see cref="State.EngineVersion"/>.</summary>
internal enum NoiseReason : byte
{
    OwnAlias = 0,
    Room = 1,
    DistributionList = 2,
    AutomatedSender = 3,
    Bulk = 4,
    Draft = 5,
    Junk = 6,
    LargeMeeting = 7,
    DeclinedMeeting = 8,
    CancelledMeeting = 9,
    InvalidAddress = 10,
    NoDate = 11,
    OneWay = 12,
    NotAddressed = 13,
    Future = 14,
    OwnAddress = 15,
}
