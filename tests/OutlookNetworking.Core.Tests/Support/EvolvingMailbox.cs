using OutlookNetworking.Core.Feedback;
using OutlookNetworking.Core.Input;
using DirectoryInfo = OutlookNetworking.Core.Input.DirectoryInfo;

namespace OutlookNetworking.Core.Tests.Support;

/// <summary>
/// A random mailbox that lives on night by night (System.Random from a seed, so a seed replays the same history): new
/// mail and meetings arrive (replies in old threads, mail dated ahead, old mail found late), messages are deleted and
/// edited (moved to Deleted Items or Junk, re-addressed, redated, turned into drafts), meetings are cancelled, moved,
/// declined, re-invited with other attendees or a room, and now and then the directory or the user's goals change.
/// </summary>
internal sealed class EvolvingMailbox
{
    private static readonly string[] Outsiders =
    [
        "zed@tailspin.example", "yan@tailspin.example", "xia@wingtip.example",
        "former@contoso.example", "dyn-team@contoso.example", // own domain, not in the directory (GF-14)
        "the.owner@gmail.com", // the owner's own address ("The Owner") while only they two write: a contact once not
    ];
    private static readonly string ExternalRoom = "boardroom@tailspin.example";

    private readonly Random _random;

    /// <summary>List mail from people known only from it (person cards of list-only colleagues), drawn apart so the
    /// histories of <see cref="_random"/> stay as they were.</summary>
    private readonly Random _listRandom;
    private readonly List<MessageMeta> _messages;
    private readonly List<MeetingMeta> _meetings;
    private readonly MailboxOwner _owner;
    private readonly List<string> _lists = [RandomMailbox.List];
    private readonly List<string> _rooms = [RandomMailbox.Room];
    private readonly List<string> _known = [.. RandomMailbox.People.Where(p => p.EndsWith("@contoso.example", StringComparison.Ordinal))];
    private readonly Dictionary<string, ContactGoal> _goals = new(StringComparer.Ordinal);
    private int _next;

    public EvolvingMailbox(int seed, int messages, int meetings)
    {
        _random = new Random(seed);
        _listRandom = new Random(seed + 7919);
        var start = RandomMailbox.Create(seed, messages, meetings).Build();
        _messages = [.. start.Messages];
        _meetings = [.. start.Meetings];
        _owner = start.Owner;
        Now = Timeline.Now.AddDays(-15);
    }

    /// <summary>The instant of the current night.</summary>
    public DateTimeOffset Now { get; private set; }

    public UserFeedback Feedback => UserFeedback.None with { Goals = new Dictionary<string, ContactGoal>(_goals) };

    public MailboxInput Input => new(_owner, [.. _messages], [.. _meetings],
        new DirectoryInfo(["contoso.example"], [.. _rooms], [.. _lists], new Dictionary<string, string>()) { KnownAddresses = [.. _known] });

    /// <summary>Moves to the next night and changes up to <paramref name="maxChanges"/> things.</summary>
    public void NextNight(int maxChanges)
    {
        Now = Now.AddHours(4 + _random.Next(68));
        var changes = _random.Next(maxChanges + 1);
        for (var i = 0; i < changes; i++)
        {
            Change();
        }

        AddListMail();
    }

    /// <summary>Now and then a poster (or one of the people) writes to a list the owner is on; once in a while a poster
    /// writes to the owner directly (no longer list-only).</summary>
    private void AddListMail()
    {
        var r = _listRandom;
        for (var n = r.Next(3); n > 0; n--)
        {
            var from = r.Next(4) == 0 ? RandomMailbox.People[r.Next(RandomMailbox.People.Length)] : $"poster{r.Next(4)}@contoso.example";
            var at = r.Next(6) == 0 ? Now.AddHours(1 + r.Next(30)) : Now.AddHours(-r.Next(200));
            var id = $"list-m{++_next}";
            string?[] to = r.Next(8) == 0 ? [Timeline.Owner] : [_lists[r.Next(_lists.Count)], .. r.Next(3) == 0 ? [$"list-{r.Next(5)}@contoso.example"] : Array.Empty<string>()];
            _messages.Add(new MessageMeta(id, $"l{r.Next(30)}", new Party(from, "Poster"), [.. to.Select(a => new Party(a, "List " + r.Next(2)))], [],
                [], at, at, FolderKind.Inbox, InferenceClass.Focused, false));
        }
    }

    private void Change()
    {
        switch (_random.Next(20))
        {
            case < 6:
                AddMessage();
                break;
            case < 8:
                RemoveOne(_messages);
                break;
            case < 11:
                EditMessage();
                break;
            case < 13:
                AddMeeting();
                break;
            case 13:
                RemoveOne(_meetings);
                break;
            case < 17:
                EditMeeting();
                break;
            case 17:
                ChangeDirectory();
                break;
            default:
                ChangeGoals();
                break;
        }
    }

    private void AddMessage()
    {
        var at = _random.Next(10) switch
        {
            0 => Now.AddDays(-50 - _random.Next(300)), // old mail found late (an archive folder synced)
            1 => Now.AddHours(1 + _random.Next(30)), // dated ahead
            _ => Now.AddHours(-_random.Next(72)),
        };
        var conversation = _random.Next(3) == 0 && _messages.Count > 0
            ? _messages[_random.Next(_messages.Count)].ConversationId
            : $"n{_random.Next(60)}";
        var person = Person();
        var id = $"new-m{++_next}";
        _messages.Add(_random.Next(2) == 0
            ? new MessageMeta(id, conversation, new Party(Timeline.Owner), [new Party(person, "Name " + _random.Next(3))],
                _random.Next(4) == 0 ? [new Party(Person())] : [], [], at, at, FolderKind.SentItems, InferenceClass.Focused, false)
            : new MessageMeta(id, conversation, new Party(person, "Name " + _random.Next(3)),
                [new Party(Timeline.Owner), .. _random.Next(3) == 0 ? [new Party(Person())] : Array.Empty<Party>()], [], [], at, at,
                _random.Next(8) == 0 ? FolderKind.Archive : FolderKind.Inbox,
                _random.Next(5) == 0 ? InferenceClass.Other : InferenceClass.Focused, false));
    }

    private void EditMessage()
    {
        if (_messages.Count == 0)
        {
            return;
        }

        var index = _random.Next(_messages.Count);
        var m = _messages[index];
        _messages[index] = _random.Next(7) switch
        {
            0 => m with { Folder = FolderKind.DeletedItems },
            1 => m with { Folder = FolderKind.Junk },
            2 => m with { To = [.. m.To, new Party(Person())] },
            3 => m with { To = m.To.Skip(1).ToList() },
            4 => m with { SentAt = m.At?.AddHours(-_random.Next(100)), ReceivedAt = m.At?.AddHours(-_random.Next(100)) },
            5 => m with { Classification = m.Classification == InferenceClass.Other ? InferenceClass.Focused : InferenceClass.Other },
            _ => m with { IsDraft = !m.IsDraft, ConversationId = $"n{_random.Next(60)}" },
        };
    }

    private void AddMeeting()
    {
        var start = Now.AddHours(_random.Next(-72, 240));
        var size = _random.Next(8) == 0 ? 10 + _random.Next(20) : 1 + _random.Next(5);
        var attendees = Enumerable.Range(0, size).Select(_ => Attendee(Person())).ToList();
        if (_random.Next(4) == 0)
        {
            attendees.Add(new Attendee(new Party(_random.Next(3) == 0 ? ExternalRoom : RandomMailbox.Room), AttendeeKind.Resource, ResponseKind.Accepted));
        }

        var organizer = _random.Next(2) == 0;
        _meetings.Add(new MeetingMeta($"new-e{++_next}", start, start.AddMinutes(30 + (30 * _random.Next(4))), false,
            new Party(organizer ? Timeline.Owner : attendees[0].Who.Address), attendees, _random.Next(12) == 0, organizer,
            organizer ? ResponseKind.Organizer : ResponseKind.Accepted));
    }

    private void EditMeeting()
    {
        if (_meetings.Count == 0)
        {
            return;
        }

        var index = _random.Next(_meetings.Count);
        var m = _meetings[index];
        _meetings[index] = _random.Next(6) switch
        {
            0 => m with { IsCancelled = !m.IsCancelled },
            1 => m with { Start = m.Start.AddHours(_random.Next(-48, 48)), End = m.End.AddHours(_random.Next(-48, 48)) },
            2 => m with { Attendees = [.. m.Attendees, Attendee(Person())] },
            3 => m with { Attendees = m.Attendees.Skip(1).ToList() },
            4 => m with { MyResponse = m.MyResponse == ResponseKind.Declined ? ResponseKind.Accepted : ResponseKind.Declined },
            _ => m with
            {
                Attendees = m.Attendees.Select(a => _random.Next(3) == 0 ? a with { Response = ResponseKind.Declined } : a).ToList(),
            },
        };
    }

    private void ChangeDirectory()
    {
        var address = _random.Next(2) == 0 ? Person() : $"list-{_random.Next(5)}@contoso.example";
        var target = _random.Next(3) switch { 0 => _lists, 1 => _rooms, _ => _known };
        if (!target.Remove(address))
        {
            target.Add(address);
        }
    }

    private void ChangeGoals()
    {
        var person = Person();
        if (!_goals.Remove(person))
        {
            _goals[person] = new ContactGoal("goal", 3 + _random.Next(30));
        }
    }

    private void RemoveOne<T>(List<T> items)
    {
        if (items.Count > 0)
        {
            items.RemoveAt(_random.Next(items.Count));
        }
    }

    private string Person() => _random.Next(6) == 0
        ? Outsiders[_random.Next(Outsiders.Length)]
        : RandomMailbox.People[_random.Next(RandomMailbox.People.Length)];

    private Attendee Attendee(string address)
        => new(new Party(address), AttendeeKind.Required, _random.Next(10) == 0 ? ResponseKind.Declined : ResponseKind.Accepted);
}
