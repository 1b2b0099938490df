using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Input;

namespace OutlookNetworking.Core.Interactions;

/// <summary>
/// One pass over the calendar: a meeting that happened (started by now), was not cancelled, not
/// declined by the owner, and has at most <see cref="EngineOptions.MaxMeetingSize"/> people becomes a
/// "met" touch with every attendee who did not decline, weighing
/// <see cref="EngineOptions.MeetingWeight"/> / √(other people). A meeting that invites a distribution
/// list is a group meeting of unknown size and makes no tie.
/// </summary>
internal sealed class MeetingScanner(AddressBook book, TouchStore touches, OwnerClock clock, EngineOptions options, NoiseCounter noise)
{
    private readonly List<(int Code, bool Declined)> _people = [];

    /// <summary>Each contact met in a small meeting that ended by now: the meeting's input index and the
    /// contact's code (the first-meeting follow-up reads it).</summary>
    public List<(int Meeting, int Contact)> SmallMeetings { get; } = [];

    /// <summary>Rooms and equipment invited as resources are rooms everywhere in the mailbox.</summary>
    public static void RegisterResources(IReadOnlyList<MeetingMeta> meetings, AddressBook book)
    {
        foreach (var meeting in meetings)
        {
            foreach (var attendee in meeting.Attendees)
            {
                if (attendee.Kind == AttendeeKind.Resource)
                {
                    book.AddRoom(attendee.Who.Address);
                }
            }
        }
    }

    public void Scan(IReadOnlyList<MeetingMeta> meetings, DateTimeOffset now)
    {
        for (var i = 0; i < meetings.Count; i++)
        {
            var meeting = meetings[i];
            if (meeting.IsCancelled)
            {
                noise.Add(NoiseCounter.CancelledMeeting);
                continue;
            }

            if (meeting.MyResponse == ResponseKind.Declined)
            {
                noise.Add(NoiseCounter.DeclinedMeeting);
                continue;
            }

            if (meeting.Start > now)
            {
                continue;
            }

            var size = Gather(meeting);
            if (size > options.MaxMeetingSize)
            {
                noise.Add(NoiseCounter.LargeMeeting);
                continue;
            }

            var small = size <= options.SmallMeetingSize;
            var weight = Touch.Quantize(options.MeetingWeight / Math.Sqrt(Math.Max(1, size - 1)));
            var ticks = meeting.Start.UtcTicks;
            var day = clock.DayOf(ticks);
            var flags = small ? TouchFlags.SmallMeeting : TouchFlags.None;
            var ended = small && meeting.End <= now;
            foreach (var (code, declined) in _people)
            {
                if (declined)
                {
                    noise.Add(NoiseCounter.DeclinedMeeting);
                    continue;
                }

                touches.Add(new Touch(code, ticks, day, TouchKind.Met, weight, i, flags));
                if (ended)
                {
                    SmallMeetings.Add((i, code));
                }
            }
        }
    }

    /// <summary>Collects the meeting's contacts into <see cref="_people"/> and returns its size in
    /// people (the owner and unidentifiable people included, rooms not); past the maximum it stops
    /// early and returns a size above it. A distribution list makes the meeting large.</summary>
    private int Gather(MeetingMeta meeting)
    {
        _people.Clear();
        var size = 1; // the owner
        var tooLarge = options.MaxMeetingSize + 1;

        if (meeting.Organizer is { } organizer)
        {
            var code = book.Resolve(organizer);
            if (code == AddressCode.DistributionList)
            {
                noise.AddAddress(code);
                return tooLarge;
            }

            if (code >= 0)
            {
                _people.Add((code, false));
                size++;
            }
        }

        foreach (var attendee in meeting.Attendees)
        {
            if (attendee.Kind == AttendeeKind.Resource)
            {
                noise.Add(NoiseCounter.Room);
                continue;
            }

            var code = book.Resolve(attendee.Who);
            switch (code)
            {
                case AddressCode.Owner:
                    continue;
                case AddressCode.Room or AddressCode.Automated:
                    noise.AddAddress(code);
                    continue;
                case AddressCode.DistributionList:
                    noise.AddAddress(code);
                    return tooLarge;
                case AddressCode.Invalid:
                    noise.AddAddress(code);
                    size++;
                    break;
                default:
                    if (!Contains(code))
                    {
                        _people.Add((code, attendee.Response == ResponseKind.Declined));
                        size++;
                    }

                    break;
            }

            if (size > options.MaxMeetingSize)
            {
                return size;
            }
        }

        return size;
    }

    private bool Contains(int code)
    {
        foreach (var (existing, _) in _people)
        {
            if (existing == code)
            {
                return true;
            }
        }

        return false;
    }
}
