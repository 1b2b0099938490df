using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Interactions;

namespace OutlookNetworking.Core.Detectors;

/// <summary>
/// First-meeting follow-up: a small meeting (see <c>SmallMeetingSize</c>) that ended within
/// <c>FirstMeetingWindowDays</c> was the first meeting with someone new (first contact of any kind at
/// most <c>FirstMeetingNewContactDays</c> before it), and the owner has sent them nothing since it ended.
/// </summary>
internal static class FirstMeetingDetector
{
    public static void Detect(DetectionContext context, List<(int Meeting, int Contact)> recent, List<Suggestion> output)
    {
        var options = context.Options;
        foreach (var (meetingIndex, code) in recent)
        {
            if (context.Contacts[code] is not { } contact)
            {
                continue;
            }

            var meeting = context.Input.Meetings[meetingIndex];
            if (!IsFirstMeetingWithSomeoneNew(contact, meetingIndex, meeting.Start.UtcTicks, meeting.End.UtcTicks,
                    meeting.Start.AddDays(-options.FirstMeetingNewContactDays).UtcTicks))
            {
                continue;
            }

            var sinceEnd = context.Now - meeting.End;
            output.Add(new Suggestion(
                SuggestionKeys.For(context.OwnerId, SuggestionKind.FirstMeetingFollowUp, contact.Address, meeting.Id),
                SuggestionKind.FirstMeetingFollowUp,
                contact.Address,
                contact.DisplayName,
                SuggestionScores.FirstMeeting(sinceEnd.TotalDays, options),
                Reasons.FirstMeeting(contact.Name, context.DaysSince(meeting.End)),
                Evidence.ForContact(context, contact) with { MeetingId = meeting.Id, AnchorAt = meeting.End }));
        }
    }

    private static bool IsFirstMeetingWithSomeoneNew(
        ContactView contact, int meetingIndex, long startTicks, long endTicks, long newSinceTicks)
    {
        if (contact.Stats.IsEmpty || contact.Stats.FirstTicks < newSinceTicks)
        {
            return false;
        }

        foreach (var touch in contact.Ledger.Touches.AsSpan())
        {
            var earlierMeeting = touch.Kind == TouchKind.Met && touch.Source != meetingIndex && touch.UtcTicks < startTicks;
            var sentSince = touch.Kind == TouchKind.Sent && touch.UtcTicks > endTicks;
            if (earlierMeeting || sentSince)
            {
                return false;
            }
        }

        return true;
    }
}
