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
        var windowStart = (context.Now - options.Window).UtcTicks;
        foreach (var meeting in context.SmallMeetings)
        {
            if (meeting.EndTicks < windowStart || context.Contacts[meeting.Contact] is not { } contact
                || !IsFirstMeetingWithSomeoneNew(contact, meeting.StartTicks, meeting.EndTicks,
                    meeting.StartTicks - options.NewContactWindow.Ticks))
            {
                continue;
            }

            var end = new DateTimeOffset(meeting.EndTicks, TimeSpan.Zero);
            output.Add(context.Suggest(Kind, contact.Address, contact.DisplayName, meeting.MeetingId,
                FirstMeetingFollowUpScore.Of(context.Now - end, options),
                FirstMeetingFollowUpReason.For(contact.Name, context.DaysSince(end)),
                Evidence.ForContact(context, contact) with { MeetingId = meeting.MeetingId, AnchorAt = end }));
        }
    }

    /// <summary>No earlier meeting with the contact (a touch of this meeting is at its start, not before it) and nothing
    /// sent to them since it ended.</summary>
    private static bool IsFirstMeetingWithSomeoneNew(ContactView contact, long startTicks, long endTicks, long newSinceTicks)
    {
        if (contact.Stats.IsEmpty || contact.Stats.FirstTicks < newSinceTicks)
        {
            return false;
        }

        foreach (var touch in contact.Ledger.Touches.AsSpan())
        {
            var earlierMeeting = touch.Kind == TouchKind.Met && touch.UtcTicks < startTicks;
            var sentSince = touch.Kind == TouchKind.Sent && touch.UtcTicks > endTicks;
            if (earlierMeeting || sentSince)
            {
                return false;
            }
        }

        return true;
    }
}
