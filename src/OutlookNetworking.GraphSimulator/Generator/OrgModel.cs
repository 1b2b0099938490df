namespace OutlookNetworking.GraphSimulator.Generator;

/// <summary>The generated organisation: people, teams, ties, planted stories. Built by <see cref="OrgBuilder"/>.</summary>
internal sealed class OrgModel(TenantGeneratorOptions options, string tenantId)
{
    private readonly Dictionary<string, List<Tie>> _tiesByAddress = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Team>> _teamsByAddress = new(StringComparer.OrdinalIgnoreCase);

    public TenantGeneratorOptions Options { get; } = options;

    public string TenantId { get; } = tenantId;

    public DateTimeOffset Now => Options.Now;

    /// <summary>The start of regular activity (Now minus Months).</summary>
    public DateTimeOffset Start => Options.Now.AddMonths(-Options.Months);

    /// <summary>Everyone in users.json, in file order.</summary>
    public List<Person> Users { get; } = [];

    /// <summary>The people (role Member), Users[0] is the chief executive.</summary>
    public List<Person> Members { get; } = [];

    public List<Person> Rooms { get; } = [];

    public Person? Shared { get; set; }

    public Person? Heavy { get; set; }

    public List<Team> Teams { get; } = [];

    public List<Tie> Ties { get; } = [];

    public List<MailRecord> PlantedMail { get; } = [];

    public List<MeetingRecord> PlantedMeetings { get; } = [];

    public List<OwnerStories> Owners { get; } = [];

    /// <summary>Malformed lines to write, per user id, in order.</summary>
    public List<(string UserId, string Line)> MalformedLines { get; } = [];

    /// <summary>Attendees of the all-hands who are not in the snapshot (so the meeting has 100+ people).</summary>
    public List<Recipient> AllHandsPadding { get; } = [];

    public required Person Newsletter { get; init; }

    public required Person NoReply { get; init; }

    public required Person Recruiter { get; init; }

    public Recipient AllStaffList => new("All staff", "all@" + Options.Domain);

    public void AddTie(Tie tie)
    {
        Ties.Add(tie);
        Index(_tiesByAddress, tie.A.Address, tie);
        Index(_tiesByAddress, tie.B.Address, tie);
    }

    public void AddTeam(Team team)
    {
        Teams.Add(team);
        foreach (var member in team.Members)
        {
            Index(_teamsByAddress, member.Address, team);
        }
    }

    public IReadOnlyList<Tie> TiesOf(Person person) => _tiesByAddress.GetValueOrDefault(person.Address) ?? [];

    public IReadOnlyList<Team> TeamsOf(Person person) => _teamsByAddress.GetValueOrDefault(person.Address) ?? [];

    public bool IsOwner(Person person) => Owners.Any(o => ReferenceEquals(o.Owner, person));

    private static void Index<T>(Dictionary<string, List<T>> index, string key, T value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index[key] = list;
        }

        list.Add(value);
    }
}
