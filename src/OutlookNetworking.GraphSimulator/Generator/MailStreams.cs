namespace OutlookNetworking.GraphSimulator.Generator;

/// <summary>
/// The mail and meetings each source produces. Each stream has its own seeded random source, so a
/// tie generates the same messages whichever of its two mailboxes is being written.
/// </summary>
internal static class MailStreams
{
    public static IEnumerable<MailRecord> TieMail(OrgModel model, Tie tie)
    {
        if (tie.MailFollowsMeetings)
        {
            foreach (var mail in MeetingNotes(model, tie))
            {
                yield return mail;
            }

            yield break;
        }

        var rng = StableHash.Random(model.Options.Seed, "tie-mail|" + tie.Key);
        var rhythm = tie.IsStory ? tie.RhythmDays : tie.RhythmDays / model.Options.Volume;
        var end = Min(tie.Until, model.Now);
        var t = tie.From.AddDays(rhythm * rng.NextDouble());
        var conversation = "conv-" + StableHash.Hex(tie.Key, 10);
        for (var n = 0; t < end; n++, t = t.AddDays(rhythm * (0.75 + (0.5 * rng.NextDouble()))))
        {
            var aStarts = tie.IsStory ? n % 2 == 0 : rng.Next(2) == 0;
            var (initiator, other) = aStarts ? (tie.A, tie.B) : (tie.B, tie.A);
            var sent = WorkingHours.On(t, initiator, rng);
            if (sent >= end || sent < tie.From)
            {
                continue;
            }

            var subject = tie.Topic;
            yield return new MailRecord($"{tie.Key}#{n}", sent, $"{conversation}-{n}", subject, From(tie, initiator), [other.AsRecipient], [], FolderOverride: tie.Folder);
            if (rng.NextDouble() < tie.ReplyProbability)
            {
                var replied = sent.AddMinutes(30 + rng.Next(20 * 60));
                if (replied < model.Now && (tie.IsStory ? replied < tie.Until.AddDays(1) : replied < end))
                {
                    yield return new MailRecord($"{tie.Key}#{n}r", replied, $"{conversation}-{n}", "RE: " + subject, From(tie, other), [From(tie, initiator)], [], FolderOverride: tie.Folder);
                }
            }
        }
    }

    /// <summary>Notes after each past meeting of a tie, answered the same day.</summary>
    private static IEnumerable<MailRecord> MeetingNotes(OrgModel model, Tie tie)
    {
        var rng = StableHash.Random(model.Options.Seed, "tie-notes|" + tie.Key);
        var conversation = "conv-" + StableHash.Hex(tie.Key, 10);
        var end = Min(tie.Until, model.Now);
        var n = 0;
        foreach (var meeting in TieMeetings(model, tie))
        {
            var sent = meeting.Start.AddMinutes(45 + rng.Next(60));
            if (sent >= end)
            {
                break;
            }

            var (author, reader) = rng.Next(2) == 0 ? (tie.A, tie.B) : (tie.B, tie.A);
            yield return new MailRecord($"{tie.Key}#{n}", sent, $"{conversation}-{n}", tie.Topic, From(tie, author), [reader.AsRecipient], [], FolderOverride: tie.Folder);
            var replied = sent.AddMinutes(60 + rng.Next(120));
            if (rng.NextDouble() < tie.ReplyProbability && replied < end)
            {
                yield return new MailRecord($"{tie.Key}#{n}r", replied, $"{conversation}-{n}", "RE: " + tie.Topic, From(tie, reader), [From(tie, author)], [], FolderOverride: tie.Folder);
            }

            n++;
        }
    }

    public static IEnumerable<MeetingRecord> TieMeetings(OrgModel model, Tie tie)
    {
        if (tie.MeetingRhythmDays <= 0)
        {
            yield break;
        }

        var rng = StableHash.Random(model.Options.Seed, "tie-meet|" + tie.Key);
        var rhythm = tie.IsStory ? tie.MeetingRhythmDays : Math.Round(tie.MeetingRhythmDays / model.Options.Volume);
        var first = WorkingHours.On(tie.From.AddDays(rng.Next((int)tie.MeetingRhythmDays)), tie.A, rng);
        var end = tie.Until >= model.Now ? model.Now.AddDays(21) : tie.Until;
        var series = "series-" + StableHash.Hex(tie.Key, 12);
        var k = 0;
        for (var start = first; start < end; start = first.AddDays(++k * rhythm))
        {
            List<Person> attendees = tie.B.HasMailbox ? [tie.A, tie.B] : [tie.A];
            List<Recipient> extra = tie.B.HasMailbox ? [] : [tie.B.AsRecipient];
            if (!tie.A.HasMailbox)
            {
                attendees = [tie.B];
                extra = [tie.A.AsRecipient];
            }

            yield return new MeetingRecord($"{tie.Key}@{k}", tie.MeetingSubject, start, TimeSpan.FromMinutes(30), tie.A, attendees, extra, null, "occurrence", series);
        }
    }

    public static List<MailRecord> TeamMail(OrgModel model, Team team)
    {
        var result = new List<MailRecord>();
        var rng = StableHash.Random(model.Options.Seed, "team-mail|" + team.ListAddress);
        var rhythm = 4 / model.Options.Volume;
        var n = 0;
        for (var t = model.Start.AddDays(rng.NextDouble() * rhythm); t < model.Now; t = t.AddDays(rhythm * (0.5 + rng.NextDouble())), n++)
        {
            var active = team.Members.Where(m => m.Joined is null || m.Joined <= t).ToList();
            var author = active[rng.Next(active.Count)];
            var sent = WorkingHours.On(t, author, rng);
            if (sent >= model.Now)
            {
                break;
            }

            var conversation = $"conv-{StableHash.Hex(team.ListAddress, 8)}-{n}";
            var topic = NamePool.Topics[rng.Next(NamePool.Topics.Length)];
            result.Add(new MailRecord($"team|{team.ListAddress}#{n}", sent, conversation, $"[{team.Name}] {topic}", author.AsRecipient, [team.List], [], Members: active));
            var replies = rng.Next(3);
            for (var r = 0; r < replies && active.Count > 1; r++)
            {
                var replier = active[rng.Next(active.Count)];
                var at = sent.AddMinutes(20 + rng.Next(6 * 60));
                if (ReferenceEquals(replier, author) || at >= model.Now)
                {
                    continue;
                }

                result.Add(new MailRecord($"team|{team.ListAddress}#{n}.{r}", at, conversation, $"RE: [{team.Name}] {topic}", replier.AsRecipient, [team.List], [], Members: active));
            }
        }

        return result;
    }

    public static List<MeetingRecord> TeamMeetings(OrgModel model, Team team)
    {
        var result = new List<MeetingRecord>();
        var rng = StableHash.Random(model.Options.Seed, "team-meet|" + team.ListAddress);
        var first = WorkingHours.On(model.Start.AddDays(rng.Next(7)), team.Manager, rng);
        var series = "series-" + StableHash.Hex(team.ListAddress, 12);
        var k = 0;
        var weeks = Math.Max(1, (int)Math.Round(1 / model.Options.Volume));
        for (var start = first; start < model.Now.AddDays(21); start = first.AddDays(7 * weeks * ++k))
        {
            var attendees = team.Members.Where(m => m.Joined is null || m.Joined <= start).ToList();
            result.Add(new MeetingRecord($"team|{team.ListAddress}@{k}", "Team sync", start, TimeSpan.FromMinutes(45), team.Manager, attendees, [], team.Room, "occurrence", series));
        }

        return result;
    }

    /// <summary>
    /// The all-hands (the last Friday of the month, 17:00 UTC; monthly at normal volume, less often
    /// when lighter): 120+ attendees. In a large tenant the first 120 people are listed and the rest
    /// are invited through the all-staff list, as organisers do, so the lines stay a sane size.
    /// </summary>
    public static List<MeetingRecord> AllHands(OrgModel model)
    {
        const int Listed = 120;
        var result = new List<MeetingRecord>();
        var everyMonths = Math.Max(1, (int)Math.Round(1 / model.Options.Volume));
        var first = new DateTimeOffset(model.Now.Year, model.Now.Month, 1, 17, 0, 0, TimeSpan.Zero);
        for (var k = 0; ; k++)
        {
            var month = first.AddMonths(-k * everyMonths);
            var day = month.AddMonths(1).AddDays(-1);
            while (day.DayOfWeek != DayOfWeek.Friday)
            {
                day = day.AddDays(-1);
            }

            if (day < model.Start)
            {
                break;
            }

            var present = model.Members.Where(m => m.Joined is null || m.Joined <= day).ToList();
            var attendees = present.Count > Listed ? present.GetRange(0, Listed) : present;
            IReadOnlyList<Recipient> extra = present.Count > Listed ? [model.AllStaffList] : model.AllHandsPadding;
            result.Add(new MeetingRecord($"allhands@{day:yyyyMM}", "All hands", day, TimeSpan.FromHours(1), model.Members[0], attendees, extra, null, "singleInstance", null)
            {
                Invited = present,
            });
        }

        result.Reverse();
        return result;
    }

    /// <summary>Mail every member receives: the weekly newsletter and the monthly all-staff note.</summary>
    public static List<MailRecord> Broadcasts(OrgModel model)
    {
        var result = new List<MailRecord>();
        var subscribers = new Recipient("Subscribers", "subscribers@industryweekly.example");
        var firstIssue = new DateTimeOffset(model.Start.UtcDateTime.Date, TimeSpan.Zero).AddDays(3).AddHours(7);
        var n = 0;
        for (var at = firstIssue; at < model.Now; at = at.AddDays(7), n++)
        {
            result.Add(new MailRecord($"news#{n}", at, $"conv-news-{n}", "This week in industry", model.Newsletter.AsRecipient, [subscribers], [], Classification: "other", Members: model.Members));
        }

        var ceo = model.Members[0];
        var firstUpdate = new DateTimeOffset(model.Start.UtcDateTime.Date, TimeSpan.Zero).AddDays(10).AddHours(16);
        var m = 0;
        for (var at = firstUpdate; at < model.Now; at = firstUpdate.AddMonths(++m))
        {
            var members = model.Members.Where(p => p.Joined is null || p.Joined <= at).ToList();
            result.Add(new MailRecord($"allstaff#{m}", at, $"conv-allstaff-{m}", "Company update", ceo.AsRecipient, [model.AllStaffList], [], Members: members));
        }

        return result;
    }

    /// <summary>Automated mail for one user: ticket notifications (no-reply), and for story owners a one-way recruiter.</summary>
    public static IEnumerable<MailRecord> Automated(OrgModel model, Person user)
    {
        var rng = StableHash.Random(model.Options.Seed, "auto|" + user.Address);
        var rhythm = 5 / model.Options.Volume;
        var n = 0;
        for (var t = model.Start.AddDays(rng.NextDouble() * rhythm); t < model.Now; t = t.AddDays(rhythm), n++)
        {
            yield return new MailRecord($"tix|{user.Address}#{n}", t, $"conv-tix-{StableHash.Hex(user.Address, 6)}-{n}", "Ticket updated", model.NoReply.AsRecipient, [user.AsRecipient], []);
        }

        if (model.IsOwner(user))
        {
            var r = 0;
            for (var t = model.Now.AddDays(-90); t < model.Now; t = t.AddDays(12), r++)
            {
                yield return new MailRecord($"recruit|{user.Address}#{r}", t, $"conv-recruit-{StableHash.Hex(user.Address, 6)}-{r}", "Exciting opportunity", model.Recruiter.AsRecipient, [user.AsRecipient], []);
            }
        }
    }

    /// <summary>The shared support mailbox: customers write in, the team answers from it.</summary>
    public static IEnumerable<MailRecord> SharedMailbox(OrgModel model, Person shared)
    {
        var rng = StableHash.Random(model.Options.Seed, "shared|" + shared.Address);
        var rhythm = 2 / model.Options.Volume;
        var n = 0;
        for (var t = model.Start; t < model.Now; t = t.AddDays(rhythm * (0.5 + rng.NextDouble())), n++)
        {
            var customer = OrgBuilder.External(rng, NamePool.ClientDomains, $"customer{n % 40}");
            yield return new MailRecord($"support#{n}", t, $"conv-support-{n}", "Help with my order", customer.AsRecipient, [shared.AsRecipient], []);
            if (rng.NextDouble() < 0.8 && t.AddHours(3) < model.Now)
            {
                yield return new MailRecord($"support#{n}r", t.AddHours(3), $"conv-support-{n}", "RE: Help with my order", shared.AsRecipient, [customer.AsRecipient], []);
            }
        }
    }

    /// <summary>About <paramref name="count"/> messages for the heavy mailbox, spread over the period, a third answered.</summary>
    public static IEnumerable<MailRecord> Heavy(OrgModel model, Person heavy, int count)
    {
        var rng = StableHash.Random(model.Options.Seed, "heavy|" + heavy.Address);
        var span = (model.Now - model.Start).TotalMinutes;
        var produced = 0;
        for (var n = 0; produced < count; n++)
        {
            var t = model.Start.AddMinutes(span * ((n + rng.NextDouble()) / count));
            if (t >= model.Now)
            {
                t = model.Now.AddMinutes(-1 - rng.Next(600));
            }

            var sender = new Recipient($"Correspondent {n % 3000}", $"c{n % 3000:0000}@{NamePool.ClientDomains[n % NamePool.ClientDomains.Length]}");
            yield return new MailRecord($"heavy#{n}", t, $"conv-heavy-{n}", "Order status", sender, [heavy.AsRecipient], []);
            produced++;
            if (produced < count && rng.Next(3) == 0)
            {
                yield return new MailRecord($"heavy#{n}r", t.AddMinutes(1), $"conv-heavy-{n}", "RE: Order status", heavy.AsRecipient, [sender], []);
                produced++;
            }
        }
    }

    private static Recipient From(Tie tie, Person person) =>
        ReferenceEquals(person, tie.A) && tie.AUsesAlias && person.Alias is not null
            ? new Recipient(person.Name.Split(' ')[0], person.Alias)
            : person.AsRecipient;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
