using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Interactions;

namespace OutlookNetworking.Core.State;

/// <summary>
/// Adds footprints to a <see cref="MailboxState"/> and takes them away, exactly: every figure kept is a sum, a count or
/// a multiset, so adding then taking away a footprint leaves the state as it was. Also moves the state's instant on
/// (<see cref="Settle"/>). Nothing here reads the wall clock or anything but the state and the footprint.
/// </summary>
internal sealed class StateLedger(EngineOptions options)
{
    /// <summary>Conversations stay open this long after their latest message: the longest age a reply detector reads.</summary>
    private readonly long _replyHorizon = Math.Max(options.Detectors.OwedReply.MaxAge.Ticks, options.Detectors.AwaitingReply.MaxAge.Ticks);

    /// <summary>Small meetings are kept this long after they end: the first-meeting follow-up's window.</summary>
    private readonly long _meetingWindow = options.Detectors.FirstMeetingFollowUp.Window.Ticks;

    /// <summary>Adds (<paramref name="sign"/> 1) or takes away (-1) what <paramref name="footprint"/> contributes; its
    /// resources and actors are counted apart (<see cref="ApplyEvidence"/>), before any address is resolved.</summary>
    /// <exception cref="KeptStateMismatchException">Taking away something the state does not hold.</exception>
    public void Apply(MailboxState state, Footprint footprint, int sign)
    {
        if (footprint.Kind == ItemKind.Message)
        {
            state.MessageCount += sign;
        }
        else
        {
            state.MeetingCount += sign;
        }

        state.HeaderDirty = true;
        if (footprint.Ignored)
        {
            return;
        }

        if (footprint.Constant is { } reason)
        {
            state.SettledNoise.Add(reason, sign);
            return;
        }

        ApplyNoise(state, footprint, sign);
        foreach (var touch in footprint.Touches)
        {
            var entry = state.Entries[touch.Entry];
            if (sign > 0 && state.Collected is { } collected)
            {
                collected.Add(footprint.ToTouch(touch, entry.NameSlot(touch.Name)));
            }
            else if (sign > 0)
            {
                entry.Touches.Add(footprint.ToTouch(touch, entry.NameSlot(touch.Name)));
            }
            else if (entry.FindNameSlot(touch.Name) is var slot && (slot < 0 || !entry.RemoveTouch(footprint.ToTouch(touch, slot))))
            {
                throw new KeptStateMismatchException($"The kept state has no touch of item {footprint.Id} with entry {touch.Entry}.");
            }

            state.MarkEntry(entry);
            if (footprint.Kind == ItemKind.Meeting && (touch.Flags & TouchFlags.SmallMeeting) != 0)
            {
                ApplySmallMeeting(state, new SmallMeeting(footprint.Id, footprint.Ticks, footprint.EndTicks, touch.Entry), sign);
            }
        }

        foreach (var listTouch in footprint.ListTouches)
        {
            var entry = state.Entries[listTouch.Contact];
            var kept = new ListTouch(listTouch.List, footprint.Ticks, listTouch.Name);
            if (sign > 0)
            {
                entry.ListMail.Add(kept);
            }
            else if (!entry.ListMail.Remove(kept))
            {
                throw new KeptStateMismatchException($"The kept state has no list mail of item {footprint.Id} with entry {listTouch.Contact}.");
            }

            state.MarkEntry(entry);
        }

        if (footprint.HasConversation && state.Summaries is { } summaries)
        {
            summaries.Add(footprint.ConversationId!, footprint.Record);
        }
        else if (footprint.HasConversation)
        {
            var records = state.Records(footprint.ConversationId!);
            if (sign > 0)
            {
                records.Add(footprint.Record);
            }
            else if (!records.Remove(footprint.Record))
            {
                throw new KeptStateMismatchException($"The kept state has no record of message {footprint.Id} in its conversation.");
            }
        }
    }

    /// <summary>Counts (<paramref name="sign"/> 1) or uncounts (-1) the footprint's resources and actors on their
    /// entries; adds to <paramref name="touched"/> each entry counted, with its counts before the first change (the
    /// caller marks those whose counts end up changed, and looks again at what they are).</summary>
    public static void ApplyEvidence(MailboxState state, Footprint footprint, int sign, Dictionary<AddressEntry, (int Resources, int Actors)> touched)
    {
        foreach (var number in footprint.Resources)
        {
            var entry = Touch(state, number, touched);
            entry.ResourceRefs += sign;
            Check(entry, entry.ResourceRefs);
        }

        foreach (var number in footprint.Actors)
        {
            var entry = Touch(state, number, touched);
            entry.ActorRefs += sign;
            Check(entry, entry.ActorRefs);
        }
    }

    /// <summary>Brings the conversation's place among the open ones up to date after its records changed.</summary>
    public void RefreshOpen(MailboxState state, string conversationId)
    {
        var records = state.Records(conversationId);
        if (records.Count == 0)
        {
            state.OpenConversations.Remove(conversationId);
            state.ForgetIfEmpty(conversationId);
        }
        else if (IsOpen(records, state.AsOfTicks))
        {
            state.OpenConversations[conversationId] = records;
        }
        else
        {
            state.OpenConversations.Remove(conversationId);
        }

        state.HeaderDirty = true;
    }

    /// <summary>Moves the state's instant on to <paramref name="nowTicks"/>: items whose instant has come count their
    /// noise, and conversations and small meetings no detector can read any more are let go.</summary>
    public void Settle(MailboxState state, long nowTicks)
    {
        if (nowTicks < state.AsOfTicks)
        {
            throw new InvalidOperationException("A kept state cannot go back in time.");
        }

        if (nowTicks == state.AsOfTicks)
        {
            return;
        }

        state.AsOfTicks = nowTicks;
        state.HeaderDirty = true;
        state.Pending.RemoveAll(pending =>
        {
            if (pending.Ticks > nowTicks)
            {
                return false;
            }

            foreach (var (reason, count) in pending.PastNoise)
            {
                state.SettledNoise.Add(reason, count);
            }

            return true;
        });
        state.SmallMeetings.RemoveAll(m => m.EndTicks < nowTicks - _meetingWindow);
        foreach (var (id, records) in state.OpenConversations.ToList())
        {
            if (!IsOpen(records, nowTicks))
            {
                state.CloseConversation(id);
            }
        }
    }

    /// <summary>The conversations of a state without records (<see cref="MailboxState.Summaries"/>) a reply detector may read.</summary>
    public List<ConversationState> OpenSummaries(ConversationSummaries summaries) => summaries.Open(_replyHorizon);

    /// <summary>True when a reply detector may read the conversation at <paramref name="asOfTicks"/> or later.</summary>
    public bool IsOpen(List<ConversationRecord> records, long asOfTicks)
    {
        foreach (var record in records)
        {
            if (record.Ticks > asOfTicks)
            {
                return true;
            }
        }

        var state = ConversationState.Of("", records, asOfTicks);
        return (state.IsOwed || state.IsAwaiting) && state.LatestTicks >= asOfTicks - _replyHorizon;
    }

    private static void ApplyNoise(MailboxState state, Footprint footprint, int sign)
    {
        if (footprint.Ticks <= state.AsOfTicks)
        {
            state.SettledNoise.AddAll(footprint.PastNoise, sign);
        }
        else if (sign > 0)
        {
            state.Pending.Add(new PendingItem(footprint.Key, footprint.Ticks, [.. footprint.PastNoise.NonZero()]));
        }
        else if (state.Pending.RemoveAll(p => p.Key == footprint.Key) != 1)
        {
            throw new KeptStateMismatchException($"The kept state has no pending item {footprint.Id}.");
        }
    }

    private void ApplySmallMeeting(MailboxState state, SmallMeeting meeting, int sign)
    {
        if (sign < 0)
        {
            state.SmallMeetings.Remove(meeting);
        }
        else if (meeting.EndTicks >= state.AsOfTicks - _meetingWindow)
        {
            state.SmallMeetings.Add(meeting);
        }
    }

    private static AddressEntry Touch(MailboxState state, int number, Dictionary<AddressEntry, (int Resources, int Actors)> touched)
    {
        var entry = state.Entries[number];
        touched.TryAdd(entry, (entry.ResourceRefs, entry.ActorRefs));
        return entry;
    }

    private static void Check(AddressEntry entry, int count)
    {
        if (count < 0)
        {
            throw new KeptStateMismatchException($"The kept state counts less evidence for entry {entry.Number} than it takes away.");
        }
    }
}
