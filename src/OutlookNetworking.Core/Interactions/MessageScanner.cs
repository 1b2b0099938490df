using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Core.State;

namespace OutlookNetworking.Core.Interactions;

/// <summary>
/// Turns one message into its <see cref="Footprint"/>: the noise it is (counted), and for a kept message touches
/// between the owner and the other side: the sender of received mail (when the owner is in To or Cc), each recipient of
/// sent mail. Co-recipients of received mail make no tie. Weighted by how personal the message was: a direct 1:1 mail
/// weighs 1; a message to n people weighs 1/√n per person, a Cc <see cref="EngineOptions.CcWeight"/> times that.
/// Whether the message is after the analysis instant is decided at evaluation (it then counts only as
/// <see cref="NoiseReason.Future"/>).
/// </summary>
internal sealed class MessageScanner(AddressBook book, OwnerClock clock, EngineOptions options)
{
    private readonly List<(int Code, bool IsCc, string? Name)> _recipients = [];

    /// <param name="ignoreAfterTicks">A one-off analysis's instant: a message after it is only
    /// <see cref="NoiseReason.Future"/> (not resolved, no touches), as no later instant reads this footprint.</param>
    /// <param name="withActors">Count its sender as having acted (graph-fidelity GF-14): always for a kept state, for a
    /// one-off analysis only when the directory judges actors.</param>
    public void Scan(MessageMeta message, Footprint footprint, bool withActors, long ignoreAfterTicks = long.MaxValue)
    {
        footprint.Reset(ItemKind.Message, message.Id);
        if (withActors)
        {
            CollectActors(message, footprint.Actors);
        }

        if (message.IsDraft || message.Folder == FolderKind.Drafts)
        {
            footprint.Constant = NoiseReason.Draft;
            return;
        }

        if (message.Folder == FolderKind.Junk)
        {
            footprint.Constant = NoiseReason.Junk;
            return;
        }

        if (message.At is not { } at)
        {
            footprint.Constant = NoiseReason.NoDate;
            return;
        }

        if (at.UtcTicks > ignoreAfterTicks)
        {
            footprint.Constant = NoiseReason.Future;
            return;
        }

        footprint.Ticks = at.UtcTicks;
        footprint.Day = clock.DayOf(footprint.Ticks);
        if (message.To.Count + message.Cc.Count + message.Bcc.Count > options.BulkRecipientCount)
        {
            footprint.PastNoise.Add(NoiseReason.Bulk);
            return;
        }

        var from = book.Resolve(message.From);
        var sent = from == AddressCode.Owner || (from == AddressCode.Invalid && message.Folder == FolderKind.SentItems);
        if (sent)
        {
            ScanSent(message, footprint);
        }
        else
        {
            ScanReceived(message, footprint, from);
        }
    }

    /// <summary>Adds the entry of the message's sender to <paramref name="actors"/> (drafts and junk included).</summary>
    public void CollectActors(MessageMeta message, List<int> actors)
    {
        foreach (var actor in UnresolvedInternalAddresses.ActorsOf(message))
        {
            if (book.EvidenceEntry(actor) is { } entry)
            {
                actors.Add(entry.Number);
            }
        }
    }

    private void ScanSent(MessageMeta message, Footprint footprint)
    {
        _recipients.Clear();
        var noise = footprint.PastNoise;
        var toPeople = 0;
        var firstTo = AddressCode.Invalid;
        Collect(message.To, isCc: false, noise, ref toPeople, ref firstTo);
        var ignored = 0;
        var none = AddressCode.Invalid;
        Collect(message.Cc, isCc: true, noise, ref ignored, ref none);
        Collect(message.Bcc, isCc: false, noise, ref ignored, ref none);

        var people = _recipients.Count;
        if (people > 0)
        {
            var perPerson = 1.0 / Math.Sqrt(people);
            var flags = people > 1 ? TouchFlags.WithOthers : TouchFlags.None;
            foreach (var (code, isCc, name) in _recipients)
            {
                var weight = Touch.Quantize(isCc ? perPerson * options.CcWeight : perPerson);
                footprint.Touches.Add(new FootprintTouch(code, TouchKind.Sent, weight, flags, name));
            }
        }

        if (message.ConversationId is not null)
        {
            var direct = toPeople >= 1 && toPeople <= options.DirectMaxRecipients;
            footprint.ConversationId = message.ConversationId;
            footprint.Record = new ConversationRecord(message.Id, footprint.Ticks, Sent: true, Math.Max(firstTo, -1), direct, Deleted: false);
        }
    }

    private void Collect(IReadOnlyList<Party> parties, bool isCc, NoiseCounter noise, ref int contacts, ref int first)
    {
        for (var i = 0; i < parties.Count; i++)
        {
            var code = book.Resolve(parties[i]);
            if (code >= 0)
            {
                _recipients.Add((code, isCc, parties[i].Name));
                if (contacts++ == 0)
                {
                    first = code;
                }
            }
            else if (code == AddressCode.Owner)
            {
                noise.Add(NoiseReason.OwnAlias);
            }
            else
            {
                noise.AddAddress(code);
            }
        }
    }

    private void ScanReceived(MessageMeta message, Footprint footprint, int from)
    {
        // Co-recipients of received mail make no tie with the owner: only find the owner among them.
        var noise = footprint.PastNoise;
        var ownerInTo = FindsOwner(message.To, ownerFound: false, noise);
        var ownerInCc = FindsOwner(message.Cc, ownerFound: ownerInTo, noise);
        var toPeople = message.To.Count;
        var people = toPeople + message.Cc.Count;
        var addressed = ownerInTo || ownerInCc;

        if (message.ConversationId is not null)
        {
            var direct = ownerInTo && toPeople <= options.DirectMaxRecipients;
            footprint.ConversationId = message.ConversationId;
            footprint.Record = new ConversationRecord(message.Id, footprint.Ticks, Sent: false, Math.Max(from, -1), direct,
                message.Folder == FolderKind.DeletedItems);
        }

        if (from < 0)
        {
            noise.AddAddress(from);
            return;
        }

        if (!addressed)
        {
            noise.Add(NoiseReason.NotAddressed);
            AddListTouches(message, footprint, from);
            return;
        }

        var weight = Touch.Quantize((ownerInTo ? 1.0 : options.CcWeight) / Math.Sqrt(Math.Max(1, people)));
        var flags = message.Classification == InferenceClass.Other ? TouchFlags.OtherClass : TouchFlags.None;
        if (people > 1 && (HasOthers(message.To) || HasOthers(message.Cc)))
        {
            flags |= TouchFlags.WithOthers;
        }

        footprint.Touches.Add(new FootprintTouch(from, TouchKind.Received, weight, flags, message.From?.Name));
    }

    /// <summary>Mail a contact wrote to lists the owner is not named beside (the owner got it through a list): one
    /// <see cref="FootprintListTouch"/> per list in To or Cc that the directory or the mailbox resolves to a list. Still
    /// noise (not addressed): it makes no tie, only what a person card says about someone met on list mail alone.</summary>
    private void AddListTouches(MessageMeta message, Footprint footprint, int from)
    {
        AddListTouches(message.To, footprint, from);
        AddListTouches(message.Cc, footprint, from);
    }

    private void AddListTouches(IReadOnlyList<Party> parties, Footprint footprint, int from)
    {
        for (var i = 0; i < parties.Count; i++)
        {
            if (book.ListNumber(parties[i].Address) is var list and >= 0
                && !footprint.ListTouches.Exists(t => t.List == list))
            {
                footprint.ListTouches.Add(new FootprintListTouch(from, list, parties[i].Name));
            }
        }
    }

    /// <summary>True when one of <paramref name="parties"/> is someone other than the owner (any address, or none).</summary>
    private bool HasOthers(IReadOnlyList<Party> parties)
    {
        for (var i = 0; i < parties.Count; i++)
        {
            var address = parties[i].Address;
            if (string.IsNullOrWhiteSpace(address) || !book.IsOwner(address))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the owner is among <paramref name="parties"/> (not looked for when
    /// <paramref name="ownerFound"/> already); recipients without an address are counted as noise on the
    /// way, the rest are not resolved: they make no tie.</summary>
    private bool FindsOwner(IReadOnlyList<Party> parties, bool ownerFound, NoiseCounter noise)
    {
        var found = false;
        for (var i = 0; i < parties.Count; i++)
        {
            var address = parties[i].Address;
            if (string.IsNullOrWhiteSpace(address))
            {
                noise.Add(NoiseReason.InvalidAddress);
            }
            else if (!found && !ownerFound && book.IsOwner(address))
            {
                found = true;
            }
        }

        return found;
    }
}
