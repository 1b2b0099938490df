using System.Text.Json;
using OutlookNetworking.GraphSimulator.Generator;
using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Generator;

/// <summary>
/// Checks, against the raw files, that each story expected.json lists is really in the data, by
/// the rules the hand-written fixture follows.
/// </summary>
public sealed class PlantedStoryTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly GeneratedSnapshot _snapshot;

    public PlantedStoryTests()
    {
        TenantGenerator.Generate(new TenantGeneratorOptions { OutputPath = _folder.Path, Seed = 11 });
        _snapshot = new GeneratedSnapshot(_folder.Path);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Expected_NamesAFewOwnersEachWithEveryKindOfStory()
    {
        var owners = _snapshot.Expected.GetProperty("users").EnumerateObject().ToList();

        Assert.InRange(owners.Count, 2, 5);
        foreach (var owner in owners)
        {
            var kinds = owner.Value.GetProperty("mustSuggest").EnumerateArray()
                .SelectMany(s => s.GetProperty("kinds").EnumerateArray().Select(k => k.GetString()))
                .ToHashSet();
            Assert.Superset(new HashSet<string?> { "owedReply", "awaitingReply", "firstMeetingFollowUp", "fadingTie", "dormantTie", "meetingPrep" }, kinds);
            Assert.True(owner.Value.GetProperty("skippedAtLeast").GetInt32() >= 1);
            Assert.NotEmpty(owner.Value.GetProperty("mustNotSuggest").EnumerateArray());
            Assert.NotEmpty(owner.Value.GetProperty("mustNotBeContacts").EnumerateArray());
        }
    }

    [Fact]
    public void OwedReply_IsADirectMessageFromARegularTwoWayContactTwoToSixDaysAgoWithNoReply()
    {
        foreach (var (owner, contact) in Stories("owedReply"))
        {
            var mail = _snapshot.Messages(owner);
            var asked = mail.Where(m => m.From == contact && m.To.Count == 1 && IsOwner(owner, m.To[0]) && Age(m.At) is >= 2 and <= 6).ToList();
            Assert.NotEmpty(asked);
            var question = asked[^1];
            Assert.DoesNotContain(mail, m => m.ConversationId == question.ConversationId && m.At > question.At && IsOwner(owner, m.From));
            AssertRegularTwoWay(owner, contact, mail, question.At);
        }
    }

    [Fact]
    public void AwaitingReply_IsTheOwnersDirectMessageSevenToFourteenDaysAgoUnanswered()
    {
        foreach (var (owner, contact) in Stories("awaitingReply"))
        {
            var mail = _snapshot.Messages(owner);
            var sent = mail.Single(m => IsOwner(owner, m.From) && m.To.SequenceEqual([contact]) && Age(m.At) is >= 7 and <= 14 && !m.IsDraft);
            Assert.DoesNotContain(mail, m => m.From == contact && m.At > sent.At);
            AssertRegularTwoWay(owner, contact, mail, sent.At);
        }
    }

    [Fact]
    public void FirstMeeting_IsASmallMeetingOneToThreeDaysAgoWithSomeoneNeverSeenBeforeAndNothingSentSince()
    {
        foreach (var (owner, contact) in Stories("firstMeetingFollowUp"))
        {
            var meetings = _snapshot.Events(owner);
            var first = meetings.Single(e => e.Attendees.Contains(contact) && e.Attendees.Count <= 3 && Age(e.Start) is >= 1 and <= 3);
            Assert.False(first.IsCancelled);
            Assert.DoesNotContain(meetings, e => e.Start < first.Start && e.Attendees.Contains(contact) && e.Attendees.Count < 20);
            Assert.DoesNotContain(_snapshot.Messages(owner), m => m.From == contact || m.To.Contains(contact));
        }
    }

    [Fact]
    public void FadingTie_IsAMonthlyTwoWayTieSilentForFiveTimesItsRhythm()
    {
        foreach (var (owner, contact) in Stories("fadingTie"))
        {
            var days = ContactDays(owner, contact);
            Assert.True(days.Count >= 6, $"{contact}: {days.Count} contact days");
            var gaps = days.Zip(days.Skip(1), (a, b) => (b - a).TotalDays).Order().ToList();
            var median = gaps[gaps.Count / 2];
            Assert.InRange(median, 20, 40);
            Assert.True((_snapshot.Now - days[^1]).TotalDays >= 5 * median);
        }
    }

    [Fact]
    public void DormantTie_WasWeeklyAndTwoWayAndIsSilentForOverAYear()
    {
        foreach (var (owner, contact) in Stories("dormantTie").Where(s => !Stories("fadingTie").Contains(s)))
        {
            var mail = _snapshot.Messages(owner).Where(m => m.From == contact || m.To.Contains(contact)).ToList();
            Assert.True(mail.Count(m => m.From == contact) >= 20);
            Assert.True(mail.Count(m => m.To.Contains(contact)) >= 20);
            Assert.True((_snapshot.Now - mail.Max(m => m.At)).TotalDays > 365);
            Assert.All(mail, m => Assert.Equal("archive", m.Folder));
            var alias = _snapshot.Users.Single(u => u.GetProperty("userPrincipalName").GetString() == owner).GetProperty("proxyAddresses")[1].GetString()![5..];
            Assert.Contains(mail, m => m.From == alias);
        }
    }

    [Fact]
    public void OwnAddress_IsTheOwnersNamesAtAConsumerDomainInWeeklyMailWithTheOwnerAlone()
    {
        foreach (var owner in _snapshot.Expected.GetProperty("users").EnumerateObject())
        {
            var personal = owner.Value.GetProperty("mustNotBeContacts").EnumerateArray().Select(a => a.GetString()!)
                .Single(a => a.EndsWith("@gmail.com", StringComparison.Ordinal) || a.EndsWith("@outlook.com", StringComparison.Ordinal));
            var user = _snapshot.Users.Single(u => u.GetProperty("userPrincipalName").GetString() == owner.Name);
            var names = user.GetProperty("displayName").GetString()!.ToLowerInvariant().Split(' ');
            var local = personal.Split('@')[0].TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
            Assert.Contains(local, new[] { $"{names[0]}.{names[^1]}", $"{names[^1]}{names[0]}" });

            var mail = _snapshot.Messages(owner.Name).Where(m => m.From == personal || m.To.Contains(personal)).ToList();
            Assert.True(mail.Count(m => m.From == personal) >= 20);
            Assert.True(mail.Count(m => m.To.Contains(personal)) >= 20);
            Assert.All(mail, m => Assert.True(m.From == personal ? m.To.Count == 1 && IsOwner(owner.Name, m.To[0]) : m.To.Count == 1 && IsOwner(owner.Name, m.From)));
            Assert.DoesNotContain(_snapshot.Events(owner.Name), e => e.Attendees.Contains(personal));
            Assert.True(Age(mail.Max(m => m.At)) > 180);
        }
    }

    [Fact]
    public void Noise_RecruiterIsOneWayAndTheAllHandsHasOverAHundredPeople()
    {
        foreach (var owner in _snapshot.Expected.GetProperty("users").EnumerateObject().Select(o => o.Name))
        {
            var mail = _snapshot.Messages(owner);
            Assert.Contains(mail, m => m.From == "jo@recruitco.example");
            Assert.DoesNotContain(mail, m => m.To.Contains("jo@recruitco.example"));
            Assert.Contains(_snapshot.Events(owner), e => e.Attendees.Count >= 100);
            Assert.Contains(_snapshot.Events(owner), e => e.Response == "declined");
            Assert.Contains(_snapshot.Events(owner), e => e.IsCancelled);
        }
    }

    [Fact]
    public async Task GeneratedTenant_ServedByTheSimulator_PagesAnOwnersInbox()
    {
        var owner = _snapshot.Expected.GetProperty("users").EnumerateObject().First().Name;
        await using var sim = await GraphSimulatorHost.StartAsync(new SimulatorOptions { SnapshotPath = _folder.Path });
        using var http = new GraphHttp(sim);

        var (items, _, _) = await http.DeltaRoundAsync($"/users/{owner}/mailFolders/inbox/messages/delta?$select=from", "odata.maxpagesize=100", "IdType=\"ImmutableId\"");

        Assert.Equal(_snapshot.Messages(owner).Count(m => m.Folder == "inbox"), items.Count);
    }

    private List<(string Owner, string Contact)> Stories(string kind) =>
        _snapshot.Expected.GetProperty("users").EnumerateObject()
            .SelectMany(o => o.Value.GetProperty("mustSuggest").EnumerateArray()
                .Where(s => s.GetProperty("kinds").EnumerateArray().Any(k => k.GetString() == kind))
                .Select(s => (o.Name, s.GetProperty("contact").GetString()!)))
            .ToList();

    [Fact]
    public void RecurringSeries_AreInExchangesShape_MastersSkeletonsAndExceptions()
    {
        foreach (var owner in _snapshot.Expected.GetProperty("users").EnumerateObject().Select(o => o.Name))
        {
            var lines = File.ReadLines(Path.Combine(_snapshot.Root, "mailboxes", _snapshot.IdOf(owner), "events.jsonl"))
                .Select(line => JsonDocument.Parse(line).RootElement).ToList();
            var masters = lines.Where(e => e.GetProperty("type").GetString() == "seriesMaster").ToDictionary(e => e.GetProperty("id").GetString()!);
            var occurrences = lines.Where(e => e.GetProperty("type").GetString() == "occurrence").ToList();
            var exceptions = lines.Where(e => e.GetProperty("type").GetString() == "exception").ToList();

            Assert.NotEmpty(occurrences);
            Assert.All(occurrences, o => Assert.Equal(
                ["@odata.etag", "@odata.type", "end", "id", "seriesMasterId", "start", "type"], o.EnumerateObject().Select(p => p.Name).Order()));
            Assert.All(occurrences.Concat(exceptions), o => Assert.True(masters.ContainsKey(o.GetProperty("seriesMasterId").GetString()!)));
            Assert.All(masters.Values, m => Assert.Equal(JsonValueKind.Object, m.GetProperty("recurrence").ValueKind));
            Assert.Contains(masters.Values, m => Age(Start(m)) > 700); // a series begun two years ago, long before the window
            Assert.Contains(exceptions, e => e.GetProperty("isCancelled").GetBoolean());
        }
    }

    [Fact]
    public void MeetingCounts_AreTheSeriesMeetingsHeldInTheWindow_OneMovedOneCancelledLeftOut()
    {
        var windowStart = new DateTimeOffset(_snapshot.Now.UtcDateTime.Date, TimeSpan.Zero)
            .AddMonths(_snapshot.Expected.GetProperty("calendarMonthsBack").GetInt32() * -1);
        foreach (var owner in _snapshot.Expected.GetProperty("users").EnumerateObject())
        {
            var counts = owner.Value.GetProperty("meetingCounts").EnumerateArray().ToList();
            Assert.Equal(2, counts.Count);
            foreach (var count in counts)
            {
                var contact = count.GetProperty("contact").GetString()!;
                var held = _snapshot.Events(owner.Name)
                    .Count(e => e.Attendees.Contains(contact) && !e.IsCancelled && e.Start <= _snapshot.Now && e.Start >= windowStart);
                Assert.Equal(count.GetProperty("meetings").GetInt32(), held);
            }

            Assert.Equal(26, counts[0].GetProperty("meetings").GetInt32()); // a weekly 1:1 over 26 weeks, one cancelled, none counted twice
        }

        var deletions = _snapshot.Expected.GetProperty("betweenNights").EnumerateArray().ToList();
        Assert.NotEmpty(deletions);
        Assert.All(deletions, d => Assert.Contains(d.GetProperty("deleteSeries").GetString()!,
            File.ReadAllText(Path.Combine(_snapshot.Root, "mailboxes", _snapshot.IdOf(d.GetProperty("user").GetString()!), "events.jsonl"))));
    }

    private static DateTimeOffset Start(JsonElement e) =>
        DateTimeOffset.Parse(e.GetProperty("start").GetProperty("dateTime").GetString()! + "Z", System.Globalization.CultureInfo.InvariantCulture);

    private void AssertRegularTwoWay(string owner, string contact, List<GeneratedSnapshot.Mail> mail, DateTimeOffset before)
    {
        var earlier = mail.Where(m => m.At < before).ToList();
        Assert.True(earlier.Count(m => m.From == contact && m.To.Any(t => IsOwner(owner, t))) >= 4, $"{contact} wrote rarely");
        Assert.True(earlier.Count(m => IsOwner(owner, m.From) && m.To.Contains(contact)) >= 4, $"{owner} wrote rarely to {contact}");
    }

    private List<DateTimeOffset> ContactDays(string owner, string contact)
    {
        var days = _snapshot.Messages(owner).Where(m => m.From == contact || m.To.Contains(contact)).Select(m => m.At)
            .Concat(_snapshot.Events(owner).Where(e => e.Attendees.Contains(contact) && e.Attendees.Count <= 3).Select(e => e.Start))
            .Select(d => new DateTimeOffset(d.UtcDateTime.Date, TimeSpan.Zero))
            .Distinct()
            .Order()
            .ToList();
        return days;
    }

    private bool IsOwner(string owner, string address)
    {
        var user = _snapshot.Users.Single(u => u.GetProperty("userPrincipalName").GetString() == owner);
        return address == owner
            || (user.TryGetProperty("proxyAddresses", out var proxies) && proxies.EnumerateArray().Any(p => p.GetString()![5..] == address))
            || address.StartsWith("/o=ExchangeLabs/", StringComparison.Ordinal);
    }

    private double Age(DateTimeOffset at) => (_snapshot.Now - at).TotalDays;
}
