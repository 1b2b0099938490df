namespace OutlookNetworking.Core.Detectors.MeetingPrep;

/// <summary>0.75 to 0.98: a meeting is a deadline, so preparing for it ranks with the replies owed. Higher the sooner
/// the meeting starts (0.20 over the next 48 hours) and a little by what there is to prepare (a reply owed first, then
/// a reply awaited, a goal overdue, a first meeting, a quiet tie).</summary>
internal static class MeetingPrepScore
{
    public static double Of(TimeSpan untilStart, MeetingPrepCause cause)
    {
        var soon = 1 - Math.Clamp(untilStart.TotalHours / 48, 0, 1);
        var weight = cause switch
        {
            MeetingPrepCause.OwedReply => 1.0,
            MeetingPrepCause.AwaitingReply => 0.8,
            MeetingPrepCause.CadenceGoal => 0.6,
            MeetingPrepCause.FirstMeeting => 0.4,
            MeetingPrepCause.QuietTie => 0.2,
        };
        return 0.75 + (0.20 * soon) + (0.03 * weight);
    }
}

/// <summary>What makes an attendee worth preparing for, most pressing first.</summary>
internal enum MeetingPrepCause
{
    OwedReply,
    AwaitingReply,
    CadenceGoal,
    FirstMeeting,
    QuietTie,
}
