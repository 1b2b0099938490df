using System.ComponentModel.DataAnnotations;

namespace OutlookNetworking.Core.Detectors.MeetingPrep;

/// <summary>Which coming meetings are worth preparing for. Bound from <see cref="SectionName"/>. Which meetings are
/// small enough is engine-wide (<see cref="Engine.EngineOptions.SmallMeetingSize"/>): a larger meeting gives none.
/// The owner's working days come from the mailbox (<see cref="Input.WorkingHours"/>; Monday to Friday when
/// unknown).</summary>
public sealed class MeetingPrepOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = DetectorOptions.SectionName + ":MeetingPrep";

    /// <summary>How far ahead to look: meetings from now to the end of the owner's N-th next working day (in their time
    /// zone). Default 1: the rest of today and the next working day, so a meeting shows the day before and the
    /// morning of, as a briefing does (Viva Insights' daily briefing leads with the day's meetings). 1 to 5.</summary>
    [Range(1, 5)]
    public int WorkingDaysAhead { get; set; } = 1;
}
