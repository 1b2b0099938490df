using System.ComponentModel.DataAnnotations;

namespace OutlookNetworking.Core.Detectors.FirstMeetingFollowUp;

/// <summary>When a first meeting with someone new is worth a follow-up. Bound from <see cref="SectionName"/>.
/// Which meetings are small enough is engine-wide (<see cref="Engine.EngineOptions.SmallMeetingSize"/>).</summary>
public sealed class FirstMeetingFollowUpOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = DetectorOptions.SectionName + ":FirstMeetingFollowUp";

    /// <summary>A first meeting is followed up when it ended at most this long ago. Default 4 days: a thank-you
    /// lands best within a few days, and four covers a meeting on a Friday. 1 to 30 days.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "30.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromDays(4);

    /// <summary>"Someone new": the first contact of any kind with the person is at most this long before the
    /// meeting (a couple of mails to arrange it are fine). Default 30 days; 0 to 365 days.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "365.00:00:00")]
    public TimeSpan NewContactWindow { get; set; } = TimeSpan.FromDays(30);
}
