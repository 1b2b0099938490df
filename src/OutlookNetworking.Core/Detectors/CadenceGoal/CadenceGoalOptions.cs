using System.ComponentModel.DataAnnotations;

namespace OutlookNetworking.Core.Detectors.CadenceGoal;

/// <summary>When a cadence goal the user set is overdue. Bound from <see cref="SectionName"/>.</summary>
public sealed class CadenceGoalOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = DetectorOptions.SectionName + ":CadenceGoal";

    /// <summary>A cadence goal is overdue this many whole days after its cadence (goals are set in days). Default 0:
    /// the user chose the cadence. 0 to 365.</summary>
    [Range(0, 365)]
    public int GraceDays { get; set; }
}
