namespace OutlookNetworking.GraphSimulator.Generator;

/// <summary>
/// Builds the organisation: people in teams (a manager and peers), rooms, a shared mailbox, new
/// hires, and the ties between people (teammates weekly, managers with weekly 1:1s, mentors met
/// monthly, clients and vendors, cross-team ties, some of them fading). Then plants the stories of
/// <see cref="StoryPlanter"/>. Deterministic for a seed: every choice comes from a seeded stream.
/// </summary>
internal static class OrgBuilder
{
    private const int TeamSize = 6;

    public static OrgModel Build(TenantGeneratorOptions options)
    {
        var domain = options.Domain;
        var model = new OrgModel(options, StableHash.Guid(options.Seed, "tenant|" + domain))
        {
            Newsletter = new Person("Industry Weekly", "news@industryweekly.example", null, null, "", "", "UTC", PersonRole.Automated),
            NoReply = new Person("Ticket system", "no-reply@tickets." + domain, null, null, "", "", "UTC", PersonRole.Automated),
            Recruiter = new Person("Jo Recruiter", "jo@recruitco.example", null, null, "", "", "UTC", PersonRole.External),
        };
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var ranges = TeamRanges(options.Users);
        var owners = OwnerIndexes(ranges, options.Users);
        var newHires = options.Users >= 12 ? new[] { options.Users - 1, options.Users - 2 } : [];
        var departments = Math.Clamp(options.Users / 6, 3, NamePool.Departments.Length);

        // People, team by team (index 0 is the chief executive).
        for (var i = 0; i < options.Users; i++)
        {
            var team = TeamOf(ranges, i);
            var first = NamePool.First[i % NamePool.First.Length];
            var last = NamePool.Last[(i / NamePool.First.Length + (i * 7)) % NamePool.Last.Length];
            var local = Unique(used, $"{first}.{last}".ToLowerInvariant());
            string? alias = null;
            if (owners.Contains(i) || i % 3 == 1)
            {
                var aliasLocal = first.ToLowerInvariant();
                alias = used.Add(aliasLocal) ? aliasLocal : Unique(used, $"{first}.{last[0]}".ToLowerInvariant());
                alias += "@" + domain;
            }

            var department = team < 0 ? "Executive" : NamePool.Departments[team % departments];
            var isManager = team >= 0 && ranges[team].Start == i;
            var title = team < 0 ? "Chief Executive Officer" : isManager ? department + " Manager" : department + " Specialist";
            var zone = NamePool.TimeZones[Math.Max(team, 0) % NamePool.TimeZones.Length];
            DateTimeOffset? joined = Array.IndexOf(newHires, i) is var hire and >= 0
                ? new DateTimeOffset(options.Now.UtcDateTime.Date, TimeSpan.Zero).AddDays(-6 - (2 * hire))
                : null;
            var person = new Person($"{first} {last}", $"{local}@{domain}", StableHash.Guid(options.Seed, local), alias, department, title, zone, PersonRole.Member, joined);
            model.Members.Add(person);
            model.Users.Add(person);
        }

        model.Shared = new Person("Customer Support", "support@" + domain, StableHash.Guid(options.Seed, "support"), null, "Support", "Shared mailbox", "UTC", PersonRole.Shared);
        model.Users.Add(model.Shared);
        var roomCount = Math.Clamp(options.Users / 15, 2, 10);
        for (var r = 0; r < roomCount; r++)
        {
            var name = $"{1 + (r / 4)}.{1 + (r % 4)}";
            var room = new Person("Room " + name, $"room-{name}@{domain}", StableHash.Guid(options.Seed, "room-" + name), null, "", "", "UTC", PersonRole.Room);
            model.Rooms.Add(room);
            model.Users.Add(room);
        }

        if (options.HeavyMailboxMessages is not null)
        {
            model.Heavy = new Person("Heavy Mailbox", "heavy.mailbox@" + domain, StableHash.Guid(options.Seed, "heavy.mailbox"), null, "Operations", "Operations Analyst", "Europe/London", PersonRole.Heavy);
            model.Users.Add(model.Heavy);
        }

        for (var t = 0; t < ranges.Count; t++)
        {
            var members = model.Members.GetRange(ranges[t].Start, ranges[t].Count);
            var department = members[0].Department;
            var name = $"{department} {1 + (t / departments)}";
            var list = $"{department.ToLowerInvariant()}-{1 + (t / departments)}@{domain}";
            model.AddTeam(new Team(name, department, members, members[0], list, model.Rooms[t % model.Rooms.Count], members[0].TimeZone));
        }

        var padding = Math.Max(0, 120 - model.Members.Count);
        for (var i = 1; i <= padding; i++)
        {
            model.AllHandsPadding.Add(new Recipient($"Emp{i:000}", $"emp{i:000}@{domain}"));
        }

        var untilOverrides = StoryPlanter.Plant(model, owners, used);
        AddTies(model, untilOverrides);

        MalformedLines(model);
        return model;
    }

    private static void AddTies(OrgModel model, Dictionary<string, DateTimeOffset> untilOverrides)
    {
        var options = model.Options;
        var rng = StableHash.Random(options.Seed, "ties");
        var now = options.Now;
        DateTimeOffset From(Person a, Person b) =>
            new[] { model.Start, a.Joined ?? model.Start, b.Joined ?? model.Start }.Max();
        void Add(Tie tie) => model.AddTie(untilOverrides.TryGetValue(tie.Key, out var until) ? tie with { Until = until } : tie);

        var ceo = model.Members[0];
        foreach (var team in model.Teams)
        {
            var members = team.Members;
            Add(new Tie($"ceo|{team.Manager.Address}", ceo, team.Manager, 14, model.Start, now, "Leadership sync"));
            for (var i = 1; i < members.Count; i++)
            {
                var report = members[i];
                Add(new Tie($"mgr|{report.Address}", team.Manager, report, 14, From(team.Manager, report), now, "Weekly notes", MeetingRhythmDays: 7));
                if (i + 1 < members.Count)
                {
                    Add(new Tie($"peer|{report.Address}|{members[i + 1].Address}", report, members[i + 1], 7, From(report, members[i + 1]), now, Pick(rng, NamePool.Topics)));
                }

                if (i + 2 < members.Count)
                {
                    Add(new Tie($"peer|{report.Address}|{members[i + 2].Address}", report, members[i + 2], 21, From(report, members[i + 2]), now, Pick(rng, NamePool.Topics)));
                }
            }
        }

        var established = model.Members.Where(p => p.Joined is null).ToList();
        for (var i = 1; i < model.Members.Count; i++)
        {
            var person = model.Members[i];
            if (person.Joined is not null)
            {
                continue;
            }

            // A tie across teams; one in five has faded away.
            var partner = established[rng.Next(1, established.Count)];
            if (!ReferenceEquals(partner, person) && !SameTeam(model, person, partner) && !model.IsOwner(person) && !model.IsOwner(partner))
            {
                var until = rng.NextDouble() < 0.2 ? now.AddDays(-rng.Next(90, 240)) : now;
                Add(new Tie($"cross|{person.Address}|{partner.Address}", person, partner, 30, model.Start, until, Pick(rng, NamePool.Topics)));
            }

            if (person.Department == "Sales")
            {
                for (var c = 0; c < 2; c++)
                {
                    var client = External(rng, NamePool.ClientDomains, $"client{i}-{c}");
                    Add(new Tie($"client|{person.Address}|{c}", client, person, 14, model.Start, now, "Account review", ReplyProbability: 0.9));
                }
            }

            if (person.Department == "Engineering")
            {
                var vendor = External(rng, NamePool.VendorDomains, $"vendor{i}");
                Add(new Tie($"vendor|{person.Address}", person, vendor, 30, model.Start, now, "Support ticket follow-up"));
            }

            if (!model.IsOwner(person))
            {
                // A mentor met monthly: a manager of another team, or someone outside; some fade.
                var managers = model.Teams.Select(t => t.Manager).Where(m => !SameTeam(model, m, person)).ToList();
                var mentor = i % 2 == 0 && managers.Count > 0 ? managers[rng.Next(managers.Count)] : External(rng, NamePool.ClientDomains, $"mentor{i}");
                var until = rng.NextDouble() < 0.15 ? now.AddDays(-rng.Next(150, 300)) : now;
                Add(new Tie($"mentor|{person.Address}", mentor, person, 30, model.Start, until, "Notes from our chat", MeetingRhythmDays: 30, MeetingSubject: "Mentoring", MailFollowsMeetings: true));
            }
        }
    }

    private static void MalformedLines(OrgModel model)
    {
        string[] variants =
        [
            "{\"id\": \"broken\", \"from\": ",
            "[1, 2, 3]",
            "{\"id\": \"bad-date\", \"parentFolderId\": \"inbox\", \"sentDateTime\": \"yesterday\"}",
            "{\"conversationId\": \"no-id\", \"parentFolderId\": \"inbox\", \"sentDateTime\": \"2025-01-01T00:00:00Z\"}",
        ];
        var written = 0;
        foreach (var owner in model.Owners)
        {
            if (written == model.Options.MalformedLines)
            {
                break;
            }

            model.MalformedLines.Add((owner.Owner.UserId!, variants[written % variants.Length]));
            owner.SkippedAtLeast++;
            written++;
        }

        for (var i = 1; written < model.Options.MalformedLines; i++)
        {
            var person = model.Members[(i * 5) % model.Members.Count];
            model.MalformedLines.Add((person.UserId!, variants[written % variants.Length]));
            foreach (var owner in model.Owners.Where(o => ReferenceEquals(o.Owner, person)))
            {
                owner.SkippedAtLeast++;
            }

            written++;
        }
    }

    internal static Person External(Random rng, string[] domains, string salt)
    {
        var first = NamePool.First[rng.Next(NamePool.First.Length)];
        var last = NamePool.Last[rng.Next(NamePool.Last.Length)];
        var domain = domains[rng.Next(domains.Length)];
        var local = $"{first}.{last}".ToLowerInvariant();
        return new Person($"{first} {last}", $"{local}.{StableHash.Hex(salt, 4)}@{domain}", null, null, "", "", "UTC", PersonRole.External);
    }

    internal static string Unique(HashSet<string> used, string local)
    {
        var candidate = local;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = local + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    private static bool SameTeam(OrgModel model, Person a, Person b) =>
        model.TeamsOf(a).Any(team => team.Members.Contains(b));

    private static string Pick(Random rng, string[] values) => values[rng.Next(values.Length)];

    /// <summary>Members 1..n-1 in teams of six (a short last team joins the one before).</summary>
    private static List<(int Start, int Count)> TeamRanges(int users)
    {
        var ranges = new List<(int Start, int Count)>();
        for (var start = 1; start < users; start += TeamSize)
        {
            ranges.Add((start, Math.Min(TeamSize, users - start)));
        }

        if (ranges.Count > 1 && ranges[^1].Count < 3)
        {
            var last = ranges[^1];
            ranges.RemoveAt(ranges.Count - 1);
            ranges[^1] = (ranges[^1].Start, ranges[^1].Count + last.Count);
        }

        return ranges;
    }

    private static int TeamOf(List<(int Start, int Count)> ranges, int index)
    {
        for (var t = 0; t < ranges.Count; t++)
        {
            if (index >= ranges[t].Start && index < ranges[t].Start + ranges[t].Count)
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>The story owners: the second member of each of the first three teams.</summary>
    private static HashSet<int> OwnerIndexes(List<(int Start, int Count)> ranges, int users)
    {
        var owners = new HashSet<int>();
        for (var t = 0; t < Math.Min(3, ranges.Count); t++)
        {
            var index = ranges[t].Start + 1;
            if (ranges[t].Count >= 3 && index < users - 2)
            {
                owners.Add(index);
            }
        }

        return owners;
    }
}
