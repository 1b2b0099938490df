namespace OutlookNetworking.Core.Relationships;

/// <summary>Where a tie stands against its own rhythm at one instant.</summary>
internal enum TieState
{
    /// <summary>In touch within its rhythm.</summary>
    Active,

    /// <summary>First contact within <c>NewTieDays</c>, and in touch.</summary>
    New,

    /// <summary>Silent for a few times its usual gap.</summary>
    Fading,

    /// <summary>Once strong, silent far beyond its rhythm, still within reach.</summary>
    Dormant,

    /// <summary>Silent far beyond its rhythm but never strong, or dormant for too long: out of scope.</summary>
    Lapsed,
}
