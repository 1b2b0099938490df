using OutlookNetworking.Core.Input;
using DirectoryInfo = OutlookNetworking.Core.Input.DirectoryInfo;

namespace OutlookNetworking.Benchmarks.Engine;

/// <summary>
/// A deterministic synthetic mailbox for the engine benchmark (same seed, same mailbox): 13 months of
/// mail and calendar for an owner with a few hundred contacts whose frequency follows a power law,
/// threads, replies, Cc lists, the usual noise (machines, newsletters, lists, X500 and missing
/// addresses, drafts, junk) and meetings from 1:1s to all-hands, some declined or cancelled. Messages
/// come folder by folder, each folder in time order, as a store would return them.
/// </summary>
internal static class SyntheticMailbox
{
    public static readonly DateTimeOffset Now = new(2025, 6, 30, 18, 0, 0, TimeSpan.Zero);

    private const string Owner = "owner@contoso.example";
    private const int Contacts = 600;
    private const int HistoryDays = 395;

    public static MailboxInput Create(int seed, int messageCount, int meetingCount)
    {
#pragma warning disable CA5394 // a seeded generator is the point: deterministic synthetic input, no security use
        var random = new Random(seed);
        var contacts = Enumerable.Range(0, Contacts)
            .Select(i => $"person{i:000}@{(i % 3 == 0 ? "fabrikam" : "contoso")}.example")
            .ToArray();
        var machines = new[] { "no-reply@tickets.contoso.example", "notifications@service.example", "news@weekly.example" };

        string PickContact()
        {
            // Zipf-like: a few close contacts, a long tail.
            var u = random.NextDouble();
            return contacts[(int)(Contacts * u * u * u)];
        }

        var messages = new List<MessageMeta>(messageCount);
        var conversation = 0;
        while (messages.Count < messageCount)
        {
            var at = Now.AddMinutes(-random.Next(HistoryDays * 24 * 60));
            var roll = random.Next(100);
            if (roll < 12)
            {
                var machine = machines[random.Next(machines.Length)];
                messages.Add(Message(messages.Count, $"n{random.Next(2000)}", machine, [Owner], [], at,
                    FolderKind.Inbox, machine.StartsWith("news", StringComparison.Ordinal) ? InferenceClass.Other : InferenceClass.Focused));
                continue;
            }

            if (roll < 16)
            {
                messages.Add(Message(messages.Count, $"l{random.Next(3000)}", PickContact(), ["all-staff@contoso.example"], [], at,
                    FolderKind.Inbox, InferenceClass.Focused));
                continue;
            }

            var thread = $"t{conversation++}";
            var contact = PickContact();
            string?[] cc = random.Next(10) switch
            {
                0 => Enumerable.Range(0, 40).Select(_ => PickContact()).ToArray(),
                1 or 2 => [PickContact(), PickContact()],
                3 => new string?[] { null, "/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=legacy" },
                _ => [],
            };
            var folder = random.Next(10) == 0 ? FolderKind.Archive : FolderKind.Inbox;
            messages.Add(Message(messages.Count, thread, contact, [Owner], cc, at, folder, InferenceClass.Focused,
                junk: random.Next(200) == 0));
            for (var reply = 0; reply < 1 + random.Next(3) && messages.Count < messageCount; reply++)
            {
                at = at.AddMinutes(30 + random.Next(3 * 24 * 60));
                if (at > Now)
                {
                    break;
                }

                var sent = reply % 2 == 0;
                messages.Add(sent
                    ? Message(messages.Count, thread, Owner, [contact], cc, at, FolderKind.SentItems, InferenceClass.Focused,
                        draft: random.Next(100) == 0)
                    : Message(messages.Count, thread, contact, [Owner], cc, at, folder, InferenceClass.Focused));
            }
        }

        // As a store returns them: folder by folder, each in time order.
        messages.Sort((a, b) => a.Folder != b.Folder ? a.Folder.CompareTo(b.Folder) : Nullable.Compare(a.At, b.At));

        var meetings = new List<MeetingMeta>(meetingCount);
        for (var i = 0; i < meetingCount; i++)
        {
            var start = Now.AddMinutes(-random.Next(HistoryDays * 24 * 60) + (14 * 24 * 60)); // some in the next two weeks
            var size = random.Next(20) == 0 ? 20 + random.Next(280) : 1 + random.Next(random.Next(4) == 0 ? 12 : 3);
            var attendees = Enumerable.Range(0, size)
                .Select(_ => new Attendee(new Party(PickContact()), AttendeeKind.Required,
                    random.Next(10) == 0 ? ResponseKind.Declined : ResponseKind.Accepted))
                .Append(new Attendee(new Party(Owner), AttendeeKind.Required, ResponseKind.Accepted))
                .ToList();
            if (random.Next(3) == 0)
            {
                attendees.Add(new Attendee(new Party($"room-{random.Next(20)}@contoso.example"), AttendeeKind.Resource, ResponseKind.Accepted));
            }

            var organizedByOwner = random.Next(2) == 0;
            meetings.Add(new MeetingMeta($"e{i}", start, start.AddMinutes(30), false,
                new Party(organizedByOwner ? Owner : attendees[0].Who.Address), attendees,
                IsCancelled: random.Next(20) == 0, IsOrganizer: organizedByOwner,
                MyResponse: organizedByOwner ? ResponseKind.Organizer : random.Next(10) == 0 ? ResponseKind.Declined : ResponseKind.Accepted));
        }
#pragma warning restore CA5394

        var names = contacts.ToDictionary(c => c, c => "Person " + c[6..9], StringComparer.OrdinalIgnoreCase);
        return new MailboxInput(
            new MailboxOwner("owner-id", Owner, ["o@contoso.example"], "The Owner", "Pacific Standard Time"),
            messages,
            meetings,
            new DirectoryInfo(["contoso.example"], [], ["all-staff@contoso.example"], names));
    }

    private static MessageMeta Message(int id, string conversation, string from, string?[] to, string?[] cc, DateTimeOffset at,
        FolderKind folder, InferenceClass classification, bool draft = false, bool junk = false)
        => new($"m{id}", conversation, new Party(from, null), to.Select(a => new Party(a)).ToList(), cc.Select(a => new Party(a)).ToList(), [],
            at, at.AddSeconds(2), junk ? FolderKind.Junk : folder, classification, draft);
}
