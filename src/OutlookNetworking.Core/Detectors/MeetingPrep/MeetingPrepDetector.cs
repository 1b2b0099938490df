using OutlookNetworking.Core.Addresses;
using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Feedback;
using OutlookNetworking.Core.Interactions;
using OutlookNetworking.Core.Relationships;

namespace OutlookNetworking.Core.Detectors.MeetingPrep;

/// <summary>
/// Meeting preparation: for each small meeting (<see cref="Engine.EngineOptions.SmallMeetingSize"/>; not cancelled,
/// not declined by the owner, the attendee did not decline) that starts from now to the end of the owner's next
/// working day (<see cref="PrepWindow"/>), each attendee worth preparing for: a reply owed to them or awaited from them
/// (within the reply detectors' <c>MaxAge</c>), a cadence goal overdue, a first meeting with someone not (yet) in an
/// active tie, or a fading, dormant or lapsed tie. An active tie with nothing owed gives none. One suggestion per
/// attendee, for their earliest meeting; anchored on the meeting.
/// </summary>
internal sealed class MeetingPrepDetector(MeetingPrepOptions options) : ISuggestionDetector
{
    public SuggestionKind Kind => SuggestionKind.MeetingPrep;

    public void Detect(DetectionContext context, List<Suggestion> output)
    {
        if (context.UpcomingMeetings.Count == 0)
        {
            return;
        }

        var nowTicks = context.Now.UtcTicks;
        var endTicks = PrepWindow.EndTicks(context.Now, context.Clock, context.Owner.WorkingHours, options.WorkingDaysAhead);
        var earliest = new Dictionary<int, UpcomingMeeting>();
        foreach (var meeting in context.UpcomingMeetings)
        {
            if (meeting.StartTicks > nowTicks && meeting.StartTicks < endTicks
                && (!earliest.TryGetValue(meeting.Contact, out var known) || meeting.StartTicks < known.StartTicks
                    || (meeting.StartTicks == known.StartTicks && string.CompareOrdinal(meeting.MeetingId, known.MeetingId) < 0)))
            {
                earliest[meeting.Contact] = meeting;
            }
        }

        var today = context.Clock.DateOf(context.Now);
        foreach (var meeting in earliest.Values)
        {
            var contact = context.Contacts[meeting.Contact];
            var start = new DateTimeOffset(meeting.StartTicks, TimeSpan.Zero);
            var name = contact?.DisplayName ?? meeting.Name;
            var sayName = string.IsNullOrWhiteSpace(name) ? meeting.Address : name;
            var when = MeetingPrepReason.When(TimeZoneInfo.ConvertTime(start, context.Clock.Zone).DateTime, today);
            if (Cause(context, meeting, contact, sayName, when) is not var (cause, reason))
            {
                continue;
            }

            output.Add(context.Suggest(Kind, meeting.Address, name, meeting.MeetingId,
                MeetingPrepScore.Of(start - context.Now, cause), reason,
                Evidence.ForContact(context, contact) with { MeetingId = meeting.MeetingId, AnchorAt = start }));
        }
    }

    /// <summary>The most pressing thing to prepare with the attendee and its sentence; null when there is none.</summary>
    private static (MeetingPrepCause Cause, string Reason)? Cause(
        DetectionContext context, UpcomingMeeting meeting, ContactView? contact, string name, string when)
    {
        if (Owed(context, meeting.Contact) is { } owed)
        {
            return (MeetingPrepCause.OwedReply, MeetingPrepReason.Owed(name, when, context.DaysSince(owed)));
        }

        if (Awaited(context, meeting.Contact) is { } awaited)
        {
            return (MeetingPrepCause.AwaitingReply, MeetingPrepReason.Awaiting(name, when, context.DaysSince(awaited)));
        }

        if (OverdueGoal(context, meeting.Address, contact) is { } goal)
        {
            return (MeetingPrepCause.CadenceGoal, MeetingPrepReason.Cadence(name, when, goal.Cadence, goal.Silent));
        }

        var known = contact is not null && !contact.Stats.IsEmpty;
        if (known && contact!.Relationship is not null && contact.State is TieState.Fading or TieState.Dormant or TieState.Lapsed)
        {
            return (MeetingPrepCause.QuietTie, MeetingPrepReason.Quiet(name, when,
                context.Clock.DateOf(contact.Stats.LastContact), context.DaysSince(contact.Stats.LastContact)));
        }

        if (!known || (!HasMet(contact!) && contact!.State is not TieState.Active))
        {
            return (MeetingPrepCause.FirstMeeting, MeetingPrepReason.FirstMeeting(name, when));
        }

        return null;
    }

    /// <summary>When the contact wrote directly to the owner in a thread still owed a reply (latest such message).</summary>
    private static DateTimeOffset? Owed(DetectionContext context, int contact)
    {
        var since = (context.Now - context.Engine.Detectors.OwedReply.MaxAge).UtcTicks;
        long? latest = null;
        foreach (var state in context.Conversations)
        {
            if (state.IsOwed && state.DirectReceived is { } received && received.Contact == contact && received.Ticks >= since)
            {
                latest = Math.Max(latest ?? long.MinValue, received.Ticks);
            }
        }

        return latest is { } ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;
    }

    /// <summary>When the owner wrote directly to the contact in a thread nobody has answered (latest such message).</summary>
    private static DateTimeOffset? Awaited(DetectionContext context, int contact)
    {
        var since = (context.Now - context.Engine.Detectors.AwaitingReply.MaxAge).UtcTicks;
        long? latest = null;
        foreach (var state in context.Conversations)
        {
            if (state.IsAwaiting && state.LastSent is { } sent && sent.Contact == contact && sent.Ticks >= since)
            {
                latest = Math.Max(latest ?? long.MinValue, sent.Ticks);
            }
        }

        return latest is { } ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;
    }

    /// <summary>The user's cadence goal for the contact when it is overdue (the cadence detector's rule).</summary>
    private static (int Cadence, int? Silent)? OverdueGoal(DetectionContext context, string address, ContactView? contact)
    {
        ContactGoal? goal = null;
        foreach (var (rawAddress, candidate) in context.Feedback.Goals)
        {
            if (string.Equals(EmailAddresses.Normalize(rawAddress), address, StringComparison.Ordinal))
            {
                goal = candidate;
            }
        }

        if (goal?.CadenceDays is not { } cadence || cadence <= 0)
        {
            return null;
        }

        int? silent = contact is { Stats.IsEmpty: false } ? context.DaysSince(contact.Stats.LastContact) : null;
        var overdue = silent is { } days ? days - cadence - context.Engine.Detectors.CadenceGoal.GraceDays : cadence;
        return overdue > 0 ? (cadence, silent) : null;
    }

    private static bool HasMet(ContactView contact)
    {
        foreach (var touch in contact.Ledger.Touches.AsSpan())
        {
            if (touch.Kind == TouchKind.Met)
            {
                return true;
            }
        }

        return false;
    }
}
