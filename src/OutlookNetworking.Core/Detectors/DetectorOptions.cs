using System.Reflection;
using OutlookNetworking.Core.Detectors.AwaitingReply;
using OutlookNetworking.Core.Detectors.CadenceGoal;
using OutlookNetworking.Core.Detectors.DormantTie;
using OutlookNetworking.Core.Detectors.FadingTie;
using OutlookNetworking.Core.Detectors.FirstMeetingFollowUp;
using OutlookNetworking.Core.Detectors.MeetingPrep;
using OutlookNetworking.Core.Detectors.OwedReply;

namespace OutlookNetworking.Core.Detectors;

/// <summary>
/// Each detector's options: one section per detector under <see cref="SectionName"/>, named after its kind
/// (<c>Engine:Detectors:OwedReply:MaxAge</c>), each class in its detector's folder with its defaults and the reasons
/// for them. Each section is validated on its own (<see cref="Engine.EngineOptions.FindProblems"/>).
/// </summary>
public sealed class DetectorOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Engine:Detectors";

    public FirstMeetingFollowUpOptions FirstMeetingFollowUp { get; set; } = new();

    public OwedReplyOptions OwedReply { get; set; } = new();

    public AwaitingReplyOptions AwaitingReply { get; set; } = new();

    public FadingTieOptions FadingTie { get; set; } = new();

    public DormantTieOptions DormantTie { get; set; } = new();

    public CadenceGoalOptions CadenceGoal { get; set; } = new();

    public MeetingPrepOptions MeetingPrep { get; set; } = new();

    /// <summary>Every detector's section name and options (null when configuration or code set one to null).</summary>
    internal IEnumerable<(string Section, object? Options)> Sections()
    {
        foreach (var property in typeof(DetectorOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            yield return (SectionName + ":" + property.Name, property.GetValue(this));
        }
    }
}
