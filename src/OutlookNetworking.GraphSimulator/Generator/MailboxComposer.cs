namespace OutlookNetworking.GraphSimulator.Generator;

/// <summary>
/// Gathers, for one mailbox, every message and meeting it holds, in time order. Streams shared by
/// many mailboxes (team mail, broadcasts, all-hands) are generated once and cached.
/// </summary>
internal sealed class MailboxComposer(OrgModel model)
{
    private readonly Dictionary<Team, List<MailRecord>> _teamMail = [];
    private readonly Dictionary<Team, List<MeetingRecord>> _teamMeetings = [];
    private List<MailRecord>? _broadcasts;
    private List<MeetingRecord>? _allHands;

    public List<MailRecord> Mail(Person user)
    {
        var result = new List<MailRecord>();
        switch (user.Role)
        {
            case PersonRole.Member:
                foreach (var tie in model.TiesOf(user))
                {
                    result.AddRange(MailStreams.TieMail(model, tie));
                }

                foreach (var team in model.TeamsOf(user))
                {
                    result.AddRange(TeamMail(team).Where(m => Receives(m, user) || Sent(m, user)));
                }

                result.AddRange(Broadcasts().Where(m => Receives(m, user) || Sent(m, user)));
                result.AddRange(MailStreams.Automated(model, user));
                result.AddRange(model.PlantedMail.Where(m => Receives(m, user) || Sent(m, user)));
                break;
            case PersonRole.Shared:
                result.AddRange(MailStreams.SharedMailbox(model, user));
                break;
            case PersonRole.Heavy:
                result.AddRange(MailStreams.Heavy(model, user, model.Options.HeavyMailboxMessages ?? 0));
                break;
            default:
                break;
        }

        result.Sort(static (a, b) => a.Sent != b.Sent ? a.Sent.CompareTo(b.Sent) : string.CompareOrdinal(a.Key, b.Key));
        return result;
    }

    public List<MeetingRecord> Meetings(Person user)
    {
        var result = new List<MeetingRecord>();
        if (user.Role == PersonRole.Member)
        {
            foreach (var tie in model.TiesOf(user))
            {
                result.AddRange(MailStreams.TieMeetings(model, tie));
            }

            foreach (var team in model.TeamsOf(user))
            {
                result.AddRange(TeamMeetings(team).Where(m => m.IsFor(user)));
            }

            result.AddRange(AllHands().Where(m => m.IsFor(user)));
            result.AddRange(model.PlantedMeetings.Where(m => m.IsFor(user)));
        }
        else if (user.Role == PersonRole.Room)
        {
            foreach (var team in model.Teams.Where(t => ReferenceEquals(t.Room, user)))
            {
                result.AddRange(TeamMeetings(team));
            }

            result.AddRange(model.PlantedMeetings.Where(m => ReferenceEquals(m.Room, user)));
        }

        result.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Key, b.Key));
        return result;
    }

    public static bool Sent(MailRecord mail, Person user) => mail.From.Address is { } address && user.Owns(address);

    public static bool Receives(MailRecord mail, Person user)
    {
        if (mail.Members is { } members && members.Contains(user))
        {
            return true;
        }

        foreach (var recipient in mail.To.Concat(mail.Cc))
        {
            if (recipient.Address is { } address && user.Owns(address))
            {
                return true;
            }
        }

        return false;
    }

    private List<MailRecord> TeamMail(Team team)
    {
        if (!_teamMail.TryGetValue(team, out var mail))
        {
            mail = MailStreams.TeamMail(model, team);
            _teamMail[team] = mail;
        }

        return mail;
    }

    private List<MeetingRecord> TeamMeetings(Team team)
    {
        if (!_teamMeetings.TryGetValue(team, out var meetings))
        {
            meetings = MailStreams.TeamMeetings(model, team);
            _teamMeetings[team] = meetings;
        }

        return meetings;
    }

    private List<MailRecord> Broadcasts() => _broadcasts ??= MailStreams.Broadcasts(model);

    private List<MeetingRecord> AllHands() => _allHands ??= MailStreams.AllHands(model);
}
