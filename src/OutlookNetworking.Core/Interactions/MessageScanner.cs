using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Input;

namespace OutlookNetworking.Core.Interactions;

/// <summary>
/// One pass over the messages: drops noise (counting it), and turns every kept message into touches
/// between the owner and each real person on it, weighted by how personal the message was: a direct
/// 1:1 mail weighs 1; a message to n people weighs 1/√n per person, and a Cc half that.
/// </summary>
internal sealed class MessageScanner(AddressBook book, OwnerClock clock, EngineOptions options, NoiseCounter noise)
{
    private readonly List<(int Code, bool IsCc)> _recipients = [];

    /// <summary>Facts of every dated message with a conversation id, for the reply detectors.</summary>
    public List<ConversationFact> Conversations { get; } = [];

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
                var weight = (float)(isCc ? perPerson * options.CcWeight : perPerson);
                ledger.Touches.Add(new Touch(ticks, day, TouchKind.Sent, weight, index, TouchFlags.None));
            }
        }

        if (message.ConversationId is not null)
        {
            var direct = toPeople >= 1 && toPeople <= options.DirectMaxRecipients;
            Conversations.Add(new ConversationFact(index, ticks, Sent: true, firstTo, direct, message.Folder == FolderKind.DeletedItems));
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
        var ownerInTo = false;
        var ownerInCc = false;
        var toPeople = CountAddressed(message.To, ref ownerInTo);
        var people = toPeople + CountAddressed(message.Cc, ref ownerInCc);
        var addressed = ownerInTo || ownerInCc;

        if (message.ConversationId is not null)
        {
            var direct = ownerInTo && toPeople <= options.DirectMaxRecipients;
            Conversations.Add(new ConversationFact(index, ticks, Sent: false, from, direct, message.Folder == FolderKind.DeletedItems));
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

        var weight = (ownerInTo ? 1.0 : options.CcWeight) / Math.Sqrt(Math.Max(1, people));
        var flags = message.Classification == InferenceClass.Other ? TouchFlags.OtherClass : TouchFlags.None;
        book.Contacts[from].Touches.Add(new Touch(ticks, clock.DayOf(ticks), TouchKind.Received, (float)weight, index, flags));
    }

    /// <summary>People a received message was addressed to (the owner and unknown people included;
    /// rooms, lists and machines not), noting whether the owner is among them.</summary>
    private int CountAddressed(IReadOnlyList<Party> parties, ref bool ownerFound)
    {
        var people = 0;
        for (var i = 0; i < parties.Count; i++)
        {
            var code = book.Resolve(parties[i]);
            switch (code)
            {
                case AddressCode.Owner:
                    ownerFound = true;
                    people++;
                    break;
                case >= 0:
                    people++;
                    break;
                case AddressCode.Invalid:
                    noise.AddAddress(code);
                    people++;
                    break;
                default:
                    noise.AddAddress(code);
                    break;
            }
        }

        return people;
    }
}
