using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Interactions;

namespace OutlookNetworking.Core.Detectors.FirstMeetingFollowUp;

/// <summary>
/// First-meeting follow-up: a small meeting (see <see cref="Engine.EngineOptions.SmallMeetingSize"/>) that ended
/// within <see cref="FirstMeetingFollowUpOptions.Window"/> was the first meeting with someone new (first contact of any
/// kind at most <see cref="FirstMeetingFollowUpOptions.NewContactWindow"/> before it), and the owner has sent them
/// nothing since it ended. Anchored on the meeting.
/// </summary>
internal sealed class FirstMeetingFollowUpDetector(FirstMeetingFollowUpOptions options) : ISuggestionDetector
{
    public SuggestionKind Kind => SuggestionKind.FirstMeetingFollowUp;

    public void Detect(DetectionContext context, List<Suggestion> output)
    {
        var windowStart = context.Now - options.Window;
        foreach (var (meetingIndex, code) in context.SmallMeetings)
        {
            var meeting = context.Input.Meetings[meetingIndex];
            if (meeting.End < windowStart || context.Contacts[code] is not { } contact
                || !IsFirstMeetingWithSomeoneNew(contact, meetingIndex, meeting.Start.UtcTicks, meeting.End.UtcTicks,
                    (meeting.Start - options.NewContactWindow).UtcTicks))
            {
                continue;
            }

            output.Add(context.Suggest(Kind, contact.Address, contact.DisplayName, meeting.Id,
                FirstMeetingFollowUpScore.Of(context.Now - meeting.End, options),
                FirstMeetingFollowUpReason.For(contact.Name, context.DaysSince(meeting.End)),
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
