namespace OutlookNetworking.GraphSimulator.Generator;

/// <summary>
/// Plants, for a few named users, the situations the product must find (as the hand-written
/// fixture does), and the noise around them it must ignore, and records both for expected.json:
/// <list type="bullet">
/// <item>owed reply: a teammate (weekly, two-way) asks a direct question 4 days before now; no answer.</item>
/// <item>awaiting reply: the owner's direct message to a regular client 10 days ago; no answer.</item>
/// <item>first meeting: a 1:1 two days ago with a new hire never met before; nothing sent since.</item>
/// <item>fading tie: a mentor met monthly, silent for ~170 days (over 5 times the rhythm).</item>
/// <item>dormant tie: a weekly two-way correspondent until 17 months ago, filed in Archive, partly from an alias.</item>
/// <item>meeting preparation: a 1:1 with that dormant correspondent three hours from now.</item>
/// <item>own address: the owner's personal address at a consumer mail domain (<see cref="PersonalAddress"/>), written
/// to and from weekly, one to one, until seven months ago: the owner, never a contact.</item>
/// <item>recurring series in Exchange's shape (<see cref="PlantSeries"/>): a weekly 1:1 (one occurrence moved, one
/// cancelled), a weekly partner call that began two years ago (before the calendar window) and stopped four months
/// ago, and a weekly project sync the tests delete between two nights.</item>
/// <item>noise: newsletter, no-reply tickets, a one-way recruiter, the team room, the owner's alias and X500
/// address, a declined and a cancelled first meeting, a question answered within five minutes,
/// recipients without addresses, distribution lists, all-hands padding.</item>
/// </list>
/// Stories use fixed offsets from now (UTC), not working hours, so they land where the rules need them.
/// </summary>
internal static class StoryPlanter
{
    /// <summary>Plants the stories; returns the ties (by key) that must stop early so a story stays true.</summary>
    public static Dictionary<string, DateTimeOffset> Plant(OrgModel model, HashSet<int> ownerIndexes, HashSet<string> used)
    {
        var overrides = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var now = model.Now;
        var domain = model.Options.Domain;
        var j = 0;
        foreach (var index in ownerIndexes.Order())
        {
            var owner = model.Members[index];
            var team = model.TeamsOf(owner)[0];
            var stories = new OwnerStories(owner);
            model.Owners.Add(stories);
            var rng = StableHash.Random(model.Options.Seed, "story|" + owner.Address);

            // Owed reply: the next teammate, a weekly two-way tie.
            var position = IndexIn(team, owner);
            var teammate = team.Members[position + 1];
            var asked = now.AddDays(-4).AddHours(-2 - j);
            overrides[$"peer|{owner.Address}|{teammate.Address}"] = asked.AddDays(-1);
            model.PlantedMail.Add(new MailRecord($"story-owed-{j}", asked, $"conv-story-owed-{j}", "Q3 budget numbers?", teammate.AsRecipient, [owner.AsRecipient], []));
            stories.MustSuggest.Add(new Expectation(teammate.Address, ["owedReply"], $"{teammate.Name} asked a direct question 4 days ago, no reply"));
            stories.MustNotSuggest.Add(new Expectation(teammate.Address, ["fadingTie", "dormantTie"], null));

            // Awaiting reply: a client written to every two weeks, then a proposal 10 days ago.
            var client = OrgBuilder.External(rng, NamePool.ClientDomains, $"story-client-{j}");
            model.AddTie(new Tie($"story-client-{j}", client, owner, 14, now.AddMonths(-5), now.AddDays(-18), "Contract questions", ReplyProbability: 1));
            model.PlantedMail.Add(new MailRecord($"story-await-{j}", now.AddDays(-10).AddHours(-j), $"conv-story-await-{j}", "Renewal proposal", owner.AsRecipient, [client.AsRecipient], []));
            stories.MustSuggest.Add(new Expectation(client.Address, ["awaitingReply"], "renewal proposal sent 10 days ago, no answer"));

            // First meeting: a new hire from another team (or, in a small tenant, a new external contact).
            var newcomer = model.Members.FirstOrDefault(p => p.Joined is not null && !team.Members.Contains(p))
                ?? OrgBuilder.External(rng, NamePool.ClientDomains, $"story-newcomer-{j}");
            model.PlantedMeetings.Add(new MeetingRecord(
                $"story-intro-{j}", "Intro coffee", now.AddDays(-2).AddHours(-3 + j), TimeSpan.FromMinutes(30), owner,
                Attendees(owner, newcomer), Extra(newcomer), team.Room, "singleInstance", null));
            stories.MustSuggest.Add(new Expectation(newcomer.Address, ["firstMeetingFollowUp"], $"first 1:1 with {newcomer.Name} two days ago, nothing sent since"));

            // Fading tie: a mentor met monthly, silent for about 170 days.
            var mentor = OrgBuilder.External(rng, NamePool.ClientDomains, $"story-mentor-{j}");
            model.AddTie(new Tie($"story-mentor-{j}", mentor, owner, 30, now.AddMonths(-13), now.AddDays(-170), "Notes from our chat", MeetingRhythmDays: 30, ReplyProbability: 1, MeetingSubject: "Mentoring", MailFollowsMeetings: true));
            stories.MustSuggest.Add(new Expectation(mentor.Address, ["fadingTie", "dormantTie"], "monthly mentor, silent for about 170 days"));

            // Dormant tie: weekly and two-way until 17 months ago, filed in Archive, the owner writing from an alias.
            var former = OrgBuilder.External(rng, NamePool.VendorDomains, $"story-dormant-{j}");
            model.AddTie(new Tie($"story-dormant-{j}", owner, former, 7, now.AddMonths(-30), now.AddMonths(-17), "Pipeline review", ReplyProbability: 1, Folder: "archive", AUsesAlias: owner.Alias is not null));
            stories.MustSuggest.Add(new Expectation(former.Address, ["dormantTie"], "weekly two-way until 17 months ago, silent since"));

            // Meeting preparation: a 1:1 with that dormant correspondent three hours from now (today or tomorrow where the
            // owner lives: always before the end of their next working day).
            model.PlantedMeetings.Add(new MeetingRecord(
                $"story-prep-{j}", "Catch-up", now.AddHours(3).AddMinutes(j), TimeSpan.FromMinutes(30), owner,
                Attendees(owner, former), Extra(former), team.Room, "singleInstance", null));
            stories.MustSuggest.Add(new Expectation(former.Address, ["meetingPrep"], $"meets {former.Name} in three hours, silent for 17 months"));

            // Own address: the owner's personal address, mail only between the two, weekly until seven months ago (a
            // dormant tie if it were someone else).
            var personal = PersonalAddress(owner, j);
            model.AddTie(new Tie($"story-own-{j}", owner, personal, 7, now.AddMonths(-14), now.AddMonths(-7), "Forwarded: travel", ReplyProbability: 1));
            stories.MustNotSuggest.Add(new Expectation(personal.Address, null, null));
            stories.MustNotBeContacts.Add(personal.Address);

            PlantNoise(model, stories, team, j, rng, used, domain);
            PlantSeries(model, stories, j);
            j++;
        }

        return overrides;
    }

    /// <summary>The product's default calendar window, which the planted meeting counts assume (13 months back).</summary>
    public const int CalendarMonthsBack = 13;

    /// <summary>
    /// Recurring series with partners outside the organisation (met in these meetings only, so their meeting counts are
    /// exactly what the series planted): a weekly 1:1 over the last 26 weeks and 3 ahead, its 11th occurrence moved a day
    /// (an exception) and its 15th cancelled (no line, as Graph shows it); a weekly partner call from two years ago
    /// (its master long before the window) to four months ago, one occurrence cancelled but still listed; a weekly
    /// project sync over the last 10 weeks and 2 ahead, which the tests delete between two nights.
    /// </summary>
    private static void PlantSeries(OrgModel model, OwnerStories stories, int j)
    {
        var owner = stories.Owner;
        var now = model.Now;
        var rng = StableHash.Random(model.Options.Seed, "story-series|" + owner.Address);
        var windowStart = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddMonths(-CalendarMonthsBack);
        var day = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);

        var partner = OrgBuilder.External(rng, NamePool.ClientDomains, $"story-weekly-{j}");
        var weekly = Weekly($"story-weekly-{j}", "Weekly 1:1", owner, partner, day.AddDays(-182).AddHours(10 + j), day.AddDays(21), (k, m) => k switch
        {
            10 => m with { Start = m.Start.AddDays(1).AddHours(2), IsMoved = true },
            14 => m with { IsOmitted = true },
            _ => m,
        });
        stories.MeetingCounts.Add(new MeetingCount(partner.Address, Held(weekly, now, windowStart),
            "weekly 1:1 for 26 weeks, one occurrence moved, one cancelled (skeleton occurrences filled from their master)"));

        var caller = OrgBuilder.External(rng, NamePool.VendorDomains, $"story-partner-call-{j}");
        var calls = Weekly($"story-partner-call-{j}", "Partner call", caller, owner, day.AddDays(-730).AddHours(15 + j), day.AddDays(-120),
            (k, m) => k == 60 ? m with { IsCancelled = true } : m);
        stories.MeetingCounts.Add(new MeetingCount(caller.Address, Held(calls, now, windowStart),
            "weekly partner call since two years ago (master before the window), stopped four months ago"));

        var colleague = OrgBuilder.External(rng, NamePool.ClientDomains, $"story-project-{j}");
        var project = Weekly($"story-project-{j}", "Project sync", owner, colleague, day.AddDays(-70).AddHours(13 + j), day.AddDays(14), (_, m) => m);
        stories.DeleteBetweenNights = new SeriesDeletion($"series-story-project-{j}", colleague.Address, Held(project, now, windowStart),
            "weekly project sync; its organiser deletes the series between two nights, and every meeting of it goes");
        model.PlantedMeetings.AddRange([.. weekly, .. calls, .. project]);
    }

    /// <summary>A weekly series from <paramref name="first"/> until <paramref name="until"/>; <paramref name="shape"/> changes
    /// the k-th occurrence. The organizer is the owner or the partner; the partner has no mailbox here.</summary>
    private static List<MeetingRecord> Weekly(string key, string subject, Person organizer, Person other, DateTimeOffset first,
        DateTimeOffset until, Func<int, MeetingRecord, MeetingRecord> shape)
    {
        var (owner, partner) = organizer.HasMailbox ? (organizer, other) : (other, organizer);
        var result = new List<MeetingRecord>();
        for (var k = 0; first.AddDays(7 * k) < until; k++)
        {
            result.Add(shape(k, new MeetingRecord($"{key}@{k}", subject, first.AddDays(7 * k), TimeSpan.FromMinutes(30), organizer,
                [owner], [partner.AsRecipient], null, "occurrence", "series-" + key)));
        }

        return result;
    }

    /// <summary>The meetings of a series a correct analysis counts: listed, not cancelled, started by now, in the window.</summary>
    private static int Held(List<MeetingRecord> series, DateTimeOffset now, DateTimeOffset windowStart) =>
        series.Count(m => !m.IsOmitted && !m.IsCancelled && m.Start <= now && m.Start >= windowStart);

    private static void PlantNoise(OrgModel model, OwnerStories stories, Team team, int j, Random rng, HashSet<string> used, string domain)
    {
        var owner = stories.Owner;
        var now = model.Now;

        // A question answered within five minutes, addressed to the owner's X500 form.
        var asker = Internal(used, rng, domain);
        var x500 = $"/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn={StableHash.Hex(owner.Address, 6)}-{owner.Address.Split('@')[0]}";
        var askedAt = now.AddDays(-6).AddHours(-4 - j);
        model.PlantedMail.Add(new MailRecord($"story-quick-{j}", askedAt, $"conv-story-quick-{j}", "Can you review?", asker.AsRecipient, [new Recipient(owner.Name, x500)], [new Recipient("Someone", null), new Recipient("", "")], Members: [owner]));
        model.PlantedMail.Add(new MailRecord($"story-quick-{j}-re", askedAt.AddMinutes(5), $"conv-story-quick-{j}", "RE: Can you review?", owner.AsRecipient, [asker.AsRecipient], []));
        stories.MustNotSuggest.Add(new Expectation(asker.Address, ["owedReply"], null));

        // A first meeting the owner declined, and one that was cancelled.
        var decliner = Internal(used, rng, domain);
        model.PlantedMeetings.Add(new MeetingRecord(
            $"story-declined-{j}", "Quick sync?", now.AddDays(-1).AddHours(-5), TimeSpan.FromMinutes(30), decliner, [owner], [decliner.AsRecipient], null, "singleInstance", null,
            Responses: new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [owner.Address] = "declined" }));
        var canceller = Internal(used, rng, domain);
        model.PlantedMeetings.Add(new MeetingRecord(
            $"story-cancelled-{j}", "Catch-up", now.AddDays(-2).AddHours(-6), TimeSpan.FromMinutes(30), canceller, [owner], [canceller.AsRecipient], null, "singleInstance", null, IsCancelled: true));
        stories.MustNotSuggest.Add(new Expectation(decliner.Address, null, null));
        stories.MustNotSuggest.Add(new Expectation(canceller.Address, null, null));

        // A draft that was never sent.
        var draftTo = team.Members[^1];
        model.PlantedMail.Add(new MailRecord($"story-draft-{j}", now.AddDays(-3), $"conv-story-draft-{j}", "Draft: ideas", owner.AsRecipient, [draftTo.AsRecipient], [], FolderOverride: "drafts", IsDraft: true));

        string[] noise = [model.Newsletter.Address, model.NoReply.Address, model.Recruiter.Address, team.Room.Address];
        foreach (var address in noise)
        {
            stories.MustNotSuggest.Add(new Expectation(address, null, null));
        }

        if (owner.Alias is not null)
        {
            stories.MustNotSuggest.Add(new Expectation(owner.Alias, null, null));
            stories.MustNotBeContacts.Add(owner.Alias);
        }

        stories.MustNotSuggest.Add(new Expectation(x500, null, null));
        foreach (var padded in model.AllHandsPadding.Take(3))
        {
            stories.MustNotSuggest.Add(new Expectation(padded.Address!, null, null));
            stories.MustNotBeContacts.Add(padded.Address!);
        }

        // Distribution lists (groups.json): mail to a list is never a relationship, nor a reply awaited from it.
        stories.MustNotSuggest.Add(new Expectation(team.ListAddress, null, null));
        stories.MustNotSuggest.Add(new Expectation(model.AllStaffList.Address!, null, null));
        stories.MustNotBeContacts.AddRange([model.Newsletter.Address, model.NoReply.Address, team.Room.Address, x500, owner.Address, team.ListAddress, model.AllStaffList.Address!]);
    }

    /// <summary>The owner's personal address: <c>first.last1980@gmail.com</c> under their display name for even
    /// owners, <c>lastfirst1981@outlook.com</c> with the address for a name for odd ones (the engine's two ways of
    /// seeing the owner's names: docs/engine.md). The digits keep namesake owners apart.</summary>
    private static Person PersonalAddress(Person owner, int j)
    {
        var names = owner.Name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (first, last) = (names[0], names[^1]);
        var address = j % 2 == 0 ? $"{first}.{last}{1980 + j}@gmail.com" : $"{last}{first}{1980 + j}@outlook.com";
        return new Person(j % 2 == 0 ? owner.Name : address, address, null, null, "", "", "UTC", PersonRole.External);
    }

    private static Person Internal(HashSet<string> used, Random rng, string domain)
    {
        var first = NamePool.First[rng.Next(NamePool.First.Length)];
        var last = NamePool.Last[rng.Next(NamePool.Last.Length)];
        var local = OrgBuilder.Unique(used, $"{first}.{last}".ToLowerInvariant());
        return new Person($"{first} {last}", $"{local}@{domain}", null, null, "", "", "UTC", PersonRole.External);
    }

    private static List<Person> Attendees(Person owner, Person other) => other.HasMailbox ? [owner, other] : [owner];

    private static List<Recipient> Extra(Person other) => other.HasMailbox ? [] : [other.AsRecipient];

    private static int IndexIn(Team team, Person person)
    {
        for (var i = 0; i < team.Members.Count; i++)
        {
            if (ReferenceEquals(team.Members[i], person))
            {
                return i;
            }
        }

        return -1;
    }
}
