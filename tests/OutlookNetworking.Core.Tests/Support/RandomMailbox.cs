using OutlookNetworking.Core.Input;

namespace OutlookNetworking.Core.Tests.Support;

/// <summary>
/// Random mailboxes from a seed (System.Random, so the same seed gives the same mailbox): a few real
/// people, the noise around them (aliases, an X500 form, machines, a room, a list, missing addresses),
/// threads, every folder and classification, and meetings of every size and response.
/// </summary>
internal static class RandomMailbox
{
    public const string Room = "room-1@contoso.example";
    public const string List = "everyone@contoso.example";

    public static readonly string[] People =
    [
        "ben@contoso.example", "chen@northwind.example", "dana@contoso.example", "eli@adatum.example",
        "fay@contoso.example", "gus@fabrikam.example", "hana@contoso.example", "ivan@northwind.example",
    ];

    /// <summary>Addresses that must never become contacts.</summary>
    public static readonly string[] Noise =
    [
        Timeline.Owner, Timeline.OwnerAlias, Timeline.OwnerX500, "no-reply@tickets.contoso.example",
        "notifications@service.example", Room, List, "/o=ExchangeLabs/cn=Recipients/cn=x", "",
    ];

    public static Timeline Create(int seed, int messages = 150, int meetings = 30)
    {
        var random = new Random(seed);
        var timeline = new Timeline();
        timeline.Rooms.Add(Room);
        timeline.Lists.Add(List);
        for (var i = 0; i < messages; i++)
        {
            AddMessage(timeline, random);
        }

        for (var i = 0; i < meetings; i++)
        {
            AddMeeting(timeline, random);
        }

        return timeline;
    }

    public static void AddMessage(Timeline timeline, Random random)
    {
        var at = Timeline.DaysAgo(random.NextDouble() * 700);
        var conversation = $"c{random.Next(40)}";
        var folder = (FolderKind)random.Next(Enum.GetValues<FolderKind>().Length);
        var classification = random.Next(4) == 0 ? InferenceClass.Other : InferenceClass.Focused;
        if (random.Next(2) == 0)
        {
            var to = Pick(random, 1 + random.Next(3));
            var from = random.Next(5) == 0 ? Timeline.OwnerAlias : Timeline.Owner;
            timeline.Sent(to, at, conversation, cc: random.Next(3) == 0 ? Pick(random, 2) : null, from: from,
                folder: folder == FolderKind.Inbox ? FolderKind.SentItems : folder, isDraft: random.Next(20) == 0);
        }
        else
        {
            var sender = random.Next(4) == 0 ? Noise[random.Next(Noise.Length)] : People[random.Next(People.Length)];
            string?[] to = random.Next(6) == 0 ? [List] : [Timeline.Owner, .. Pick(random, random.Next(2))];
            timeline.Received(sender, at, conversation, to: to, cc: random.Next(4) == 0 ? Pick(random, 2) : null,
                classification: classification, folder: folder, isDraft: random.Next(20) == 0);
        }
    }

    public static void AddMeeting(Timeline timeline, Random random)
    {
        var start = Timeline.DaysAgo((random.NextDouble() * 700) - 10);
        var size = random.Next(10) == 0 ? 20 + random.Next(300) : 1 + random.Next(6);
        var attendees = Enumerable.Range(0, size)
            .Select(i => i < People.Length && random.Next(3) > 0 ? People[random.Next(People.Length)] : $"x{random.Next(400)}@contoso.example")
            .ToList();
        var organizedByOwner = random.Next(2) == 0;
        timeline.Meeting(start, attendees,
            organizer: organizedByOwner ? Timeline.Owner : attendees[0],
            cancelled: random.Next(10) == 0,
            myResponse: organizedByOwner ? ResponseKind.Organizer : (ResponseKind)random.Next(Enum.GetValues<ResponseKind>().Length),
            attendeeResponse: random.Next(8) == 0 ? ResponseKind.Declined : ResponseKind.Accepted,
            resources: random.Next(3) == 0 ? [Room] : null);
    }

    private static string?[] Pick(Random random, int count)
        => Enumerable.Range(0, count)
            .Select(_ => random.Next(6) == 0 ? Noise[random.Next(Noise.Length)] : People[random.Next(People.Length)])
            .ToArray();
}
