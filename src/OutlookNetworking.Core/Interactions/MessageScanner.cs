using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Input;

namespace OutlookNetworking.Core.Interactions;

/// <summary>
/// One pass over the messages: drops noise (counting it), and turns every kept message into touches
/// between the owner and the other side: the sender of received mail (when the owner is in To or Cc),
/// each recipient of sent mail. Co-recipients of received mail make no tie. Weighted by how personal the
/// message was: a direct 1:1 mail weighs 1; a message to n people weighs 1/√n per person, a Cc
/// <see cref="EngineOptions.CcWeight"/> times that.
/// </summary>
internal sealed class MessageScanner(AddressBook book, TouchStore touches, OwnerClock clock, EngineOptions options, NoiseCounter noise)
{
    private readonly List<(int Code, bool IsCc)> _recipients = [];

    /// <summary>Every conversation of the kept messages, for the reply detectors.</summary>
    public ConversationLedger Conversations { get; } = new();

    public void Scan(IReadOnlyList<MessageMeta> messages, long nowTicks)
    {
        for (var i = 0; i < messages.Count; i++)
        {
            ScanOne(messages[i], i, nowTicks);
        }
    }

    private void ScanOne(MessageMeta message, int index, long nowTicks)
    {
        if (message.IsDraft || message.Folder == FolderKind.Drafts)
        {
            noise.Add(NoiseCounter.Draft);
            return;
        }

        if (message.Folder == FolderKind.Junk)
        {
            noise.Add(NoiseCounter.Junk);
            return;
        }

        if (message.At is not { } at)
        {
            noise.Add(NoiseCounter.NoDate);
            return;
        }

        var ticks = at.UtcTicks;
        if (ticks > nowTicks)
        {
            noise.Add(NoiseCounter.Future);
            return;
        }

        if (message.To.Count + message.Cc.Count + message.Bcc.Count > options.BulkRecipientCount)
        {
            noise.Add(NoiseCounter.Bulk);
            return;
        }

        var from = book.Resolve(message.From);
        var sent = from == AddressCode.Owner || (from == AddressCode.Invalid && message.Folder == FolderKind.SentItems);
        if (sent)
        {
            ScanSent(message, index, ticks);
        }
        else
        {
            ScanReceived(message, index, ticks, from);
        }
    }

    private void ScanSent(MessageMeta message, int index, long ticks)
    {
        _recipients.Clear();
        var toPeople = 0;
        var firstTo = AddressCode.Invalid;
        Collect(message.To, isCc: false, ref toPeople, ref firstTo);
        var ignored = 0;
        var none = AddressCode.Invalid;
        Collect(message.Cc, isCc: true, ref ignored, ref none);
        Collect(message.Bcc, isCc: false, ref ignored, ref none);

        var people = _recipients.Count;
        if (people > 0)
        {
            var day = clock.DayOf(ticks);
            var perPerson = 1.0 / Math.Sqrt(people);
            foreach (var (code, isCc) in _recipients)
            {
                var ledger = book.Contacts[code];
                ledger.SentCount++;
                var weight = Touch.Quantize(isCc ? perPerson * options.CcWeight : perPerson);
                touches.Add(new Touch(code, ticks, day, TouchKind.Sent, weight, index, TouchFlags.None));
            }
        }

        if (message.ConversationId is not null)
        {
            var direct = toPeople >= 1 && toPeople <= options.DirectMaxRecipients;
            Conversations.RecordSent(message.ConversationId, index, ticks, firstTo, direct);
        }
    }

    private void Collect(IReadOnlyList<Party> parties, bool isCc, ref int contacts, ref int first)
    {
        for (var i = 0; i < parties.Count; i++)
        {
            var code = book.Resolve(parties[i]);
            if (code >= 0)
            {
                _recipients.Add((code, isCc));
                if (contacts++ == 0)
                {
                    first = code;
                }
            }
            else if (code == AddressCode.Owner)
            {
                noise.Add(NoiseCounter.OwnAlias);
            }
            else
            {
                noise.AddAddress(code);
            }
        }
    }

    private void ScanReceived(MessageMeta message, int index, long ticks, int from)
    {
        // Co-recipients of received mail make no tie with the owner: only find the owner among them.
        var ownerInTo = FindsOwner(message.To, ownerFound: false);
        var ownerInCc = FindsOwner(message.Cc, ownerFound: ownerInTo);
        var toPeople = message.To.Count;
        var people = toPeople + message.Cc.Count;
        var addressed = ownerInTo || ownerInCc;

        if (message.ConversationId is not null)
        {
            var direct = ownerInTo && toPeople <= options.DirectMaxRecipients;
            Conversations.RecordReceived(message.ConversationId, index, ticks, from, direct, message.Folder == FolderKind.DeletedItems);
        }

        if (from < 0)
        {
            noise.AddAddress(from);
            return;
        }

        if (!addressed)
        {
            noise.Add(NoiseCounter.NotAddressed);
            return;
        }

        var weight = Touch.Quantize((ownerInTo ? 1.0 : options.CcWeight) / Math.Sqrt(Math.Max(1, people)));
        var flags = message.Classification == InferenceClass.Other ? TouchFlags.OtherClass : TouchFlags.None;
        touches.Add(new Touch(from, ticks, clock.DayOf(ticks), TouchKind.Received, weight, index, flags));
    }

    /// <summary>True when the owner is among <paramref name="parties"/> (not looked for when
    /// <paramref name="ownerFound"/> already); recipients without an address are counted as noise on the
    /// way, the rest are not resolved: they make no tie.</summary>
    private bool FindsOwner(IReadOnlyList<Party> parties, bool ownerFound)
    {
        var found = false;
        for (var i = 0; i < parties.Count; i++)
        {
            var address = parties[i].Address;
            if (string.IsNullOrWhiteSpace(address))
            {
                noise.Add(NoiseCounter.InvalidAddress);
            }
            else if (!found && !ownerFound && book.Resolve(parties[i]) == AddressCode.Owner)
            {
                found = true;
            }
        }

        return found;
    }
}
