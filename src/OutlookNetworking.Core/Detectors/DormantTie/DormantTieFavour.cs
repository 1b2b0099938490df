namespace OutlookNetworking.Core.Detectors.DormantTie;

/// <summary>Which dormant ties the former-closeness term favours (<see cref="DormantTieOptions.Favour"/>).</summary>
public enum DormantTieFavour
{
    /// <summary>The ties with the most former contact: the ones people choose and act on.</summary>
    Strongest,

    /// <summary>The ties with the least former contact: the most novel advice.</summary>
    Weakest,
}
