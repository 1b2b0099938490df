using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Core.State;

namespace OutlookNetworking.Core.Interactions;

/// <summary>
/// Turns one calendar occurrence into its <see cref="Footprint"/>: a meeting that was not cancelled, not declined by
/// the owner, and has at most <see cref="EngineOptions.MaxMeetingSize"/> people becomes a "met" touch with every
/// attendee who did not decline, weighing <see cref="EngineOptions.MeetingWeight"/> / √(other people). A meeting that
/// invites a distribution list is a group meeting of unknown size and makes no tie. Whether it has started by the
/// analysis instant is decided at evaluation (until then it counts for nothing).
/// </summary>
internal sealed class MeetingScanner(AddressBook book, OwnerClock clock, EngineOptions options)
{
    private readonly List<(int Code, bool Declined, string? Name)> _people = [];

    /// <summary>Adds the entries <paramref name="meeting"/> invites as resources (rooms and equipment are rooms
    /// everywhere in the mailbox) to <paramref name="resources"/>, and those that organised it or answered its invitation
    /// to <paramref name="actors"/> (graph-fidelity GF-14; only when <paramref name="withActors"/>).</summary>
    public void CollectEvidence(MeetingMeta meeting, List<int> resources, List<int> actors, bool withActors)
    {
        foreach (var attendee in meeting.Attendees)
        {
            if (attendee.Kind == AttendeeKind.Resource && book.EvidenceEntry(attendee.Who.Address) is { } entry)
            {
                resources.Add(entry.Number);
            }
        }

        if (withActors)
        {
            foreach (var actor in UnresolvedInternalAddresses.ActorsOf(meeting))
            {
                if (book.EvidenceEntry(actor) is { } entry)
                {
                    actors.Add(entry.Number);
                }
            }
        }
    }

    /// <param name="ignoreAfterTicks">A one-off analysis's instant: a meeting starting after it counts for nothing (not
    /// resolved, no touches), as no later instant reads this footprint.</param>
    /// <param name="withActors">Count who acted on it (always for a kept state; a one-off analysis only when the
    /// directory judges actors).</param>
    public void Scan(MeetingMeta meeting, Footprint footprint, bool withActors, long ignoreAfterTicks = long.MaxValue)
    {
        footprint.Reset(ItemKind.Meeting, meeting.Id);
        CollectEvidence(meeting, footprint.Resources, footprint.Actors, withActors);
        if (meeting.IsCancelled)
        {
            footprint.Constant = NoiseReason.CancelledMeeting;
            return;
        }

        if (meeting.MyResponse == ResponseKind.Declined)
        {
            footprint.Constant = NoiseReason.DeclinedMeeting;
            return;
        }

        if (meeting.Start.UtcTicks > ignoreAfterTicks)
        {
            footprint.Ignored = true;
            return;
        }

        footprint.Ticks = meeting.Start.UtcTicks;
        footprint.EndTicks = meeting.End.UtcTicks;
        footprint.Day = clock.DayOf(footprint.Ticks);
        var noise = footprint.PastNoise;
        var size = Gather(meeting, noise);
        if (size > options.MaxMeetingSize)
        {
            noise.Add(NoiseReason.LargeMeeting);
            return;
        }

        var small = size <= options.SmallMeetingSize;
        var weight = Touch.Quantize(options.MeetingWeight / Math.Sqrt(Math.Max(1, size - 1)));
        var flags = (small ? TouchFlags.SmallMeeting : TouchFlags.None) | (size > 2 ? TouchFlags.WithOthers : TouchFlags.None);
        foreach (var (code, declined, name) in _people)
        {
            if (declined)
            {
                noise.Add(NoiseReason.DeclinedMeeting);
            }
            else
            {
                footprint.Touches.Add(new FootprintTouch(code, TouchKind.Met, weight, flags, name));
            }
        }
    }

    /// <summary>Collects the meeting's contacts into <see cref="_people"/> and returns its size in
    /// people (the owner and unidentifiable people included, rooms not); past the maximum it stops
    /// early and returns a size above it. A distribution list makes the meeting large.</summary>
    private int Gather(MeetingMeta meeting, NoiseCounter noise)
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
                _people.Add((code, false, organizer.Name));
                size++;
            }
        }

        foreach (var attendee in meeting.Attendees)
        {
            if (attendee.Kind == AttendeeKind.Resource)
            {
                noise.Add(NoiseReason.Room);
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
                        _people.Add((code, attendee.Response == ResponseKind.Declined, attendee.Who.Name));
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
        foreach (var (existing, _, _) in _people)
        {
            if (existing == code)
            {
                return true;
            }
        }

        return false;
    }
}
