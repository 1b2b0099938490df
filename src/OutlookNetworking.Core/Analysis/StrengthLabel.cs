namespace OutlookNetworking.Core.Analysis;

/// <summary>A one-word reading of a tie for people. Wire names (JSON) are the lower-case names:
/// <c>strong</c>, <c>steady</c>, <c>light</c>, <c>fading</c>, <c>dormant</c>, <c>new</c>.</summary>
public enum StrengthLabel
{
    Light,
    Steady,
    Strong,
    Fading,
    Dormant,
    New,
}
