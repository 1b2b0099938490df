using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Feedback;
using OutlookNetworking.Core.Input;
using DirectoryInfo = OutlookNetworking.Core.Input.DirectoryInfo;

namespace OutlookNetworking.Core.Tests.Support;

/// <summary>Builds hand-made mailbox timelines for the engine, relative to <see cref="Now"/>.</summary>
internal sealed class Timeline
{
    public const string Owner = "owner@contoso.example";
    public const string OwnerAlias = "me@contoso.example";
    public const string OwnerX500 = "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=abc-owner";
    public const string OwnerId = "owner-id";

    /// <summary>A Monday, 18:00 UTC.</summary>
    public static readonly DateTimeOffset Now = new(2025, 6, 30, 18, 0, 0, TimeSpan.Zero);

    private readonly List<MessageMeta> _messages = [];
    private readonly List<MeetingMeta> _meetings = [];
    private int _next;

    public string? TimeZoneId { get; set; } = "UTC";

    /// <summary>The owner's working days and hours (null: unknown, Monday to Friday).</summary>
    public WorkingHours? WorkingHours { get; set; }

    /// <summary>The owner's display name (the directory's).</summary>
    public string OwnerName { get; set; } = "The Owner";

    /// <summary>The owner's addresses besides <see cref="Owner"/>, <see cref="OwnerAlias"/> and the X500 path (the
    /// directory's aliases).</summary>
    public List<string> ExtraAliases { get; } = [];

    public List<string> Rooms { get; } = [];

    public List<string> Lists { get; } = [];

    public Dictionary<string, string> Names { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every address the directory resolves (graph-fidelity GF-14); empty: the directory's reach is unknown.</summary>
    public List<string> Known { get; } = [];

    public IReadOnlyList<MessageMeta> Messages => _messages;

    public IReadOnlyList<MeetingMeta> Meetings => _meetings;

    public static DateTimeOffset DaysAgo(double days) => Now.AddDays(-days);

    /// <summary>Mail from <paramref name="from"/> to the owner (or to <paramref name="to"/>).</summary>
    public Timeline Received(string? from, DateTimeOffset at, string? conversation = null, string?[]? to = null,
        string?[]? cc = null, InferenceClass classification = InferenceClass.Focused, FolderKind folder = FolderKind.Inbox,
        bool isDraft = false, string? fromName = null)
    {
        _messages.Add(new MessageMeta(
            $"m{++_next}", conversation ?? $"c{_next}", from is null ? null : new Party(from, fromName),
            Parties(to ?? [Owner]), Parties(cc ?? []), [], at, at.AddSeconds(3), folder, classification, isDraft));
        return this;
    }

    /// <summary>Mail <paramref name="from"/> wrote to <paramref name="list"/> (named <paramref name="listName"/> on the
    /// mail), which the owner received through the list (not named in To or Cc).</summary>
    public Timeline ListMail(string from, string list, DateTimeOffset at, string? listName = null)
    {
        _messages.Add(new MessageMeta(
            $"m{++_next}", $"c{_next}", new Party(from), [new Party(list, listName)], [], [], at, at.AddSeconds(3),
            FolderKind.Inbox, InferenceClass.Focused, false));
        return this;
    }

    /// <summary>Mail from the owner (or <paramref name="from"/>, e.g. an alias) to <paramref name="to"/>.</summary>
    public Timeline Sent(string?[] to, DateTimeOffset at, string? conversation = null, string?[]? cc = null,
        string?[]? bcc = null, string from = Owner, FolderKind folder = FolderKind.SentItems, bool isDraft = false)
    {
        _messages.Add(new MessageMeta(
            $"m{++_next}", conversation ?? $"c{_next}", new Party(from), Parties(to), Parties(cc ?? []), Parties(bcc ?? []),
            at, at.AddSeconds(3), folder, InferenceClass.Focused, isDraft));
        return this;
    }

    public Timeline Sent(string to, DateTimeOffset at, string? conversation = null) => Sent([to], at, conversation);

    /// <summary>A question from <paramref name="contact"/> answered by the owner after <paramref name="answerAfter"/>.</summary>
    public Timeline Exchange(string contact, DateTimeOffset at, TimeSpan? answerAfter = null)
    {
        var conversation = $"x{++_next}";
        Received(contact, at, conversation);
        return Sent([contact], at + (answerAfter ?? TimeSpan.FromHours(2)), conversation);
    }

    /// <summary>A meeting with <paramref name="attendees"/> (organized by the owner unless said).</summary>
    public Timeline Meeting(DateTimeOffset start, IEnumerable<string?> attendees, TimeSpan? duration = null,
        string? organizer = Owner, bool cancelled = false, ResponseKind myResponse = ResponseKind.Organizer,
        ResponseKind attendeeResponse = ResponseKind.Accepted, IEnumerable<string>? resources = null, string? id = null)
    {
        var people = attendees.Select(a => new Attendee(new Party(a), AttendeeKind.Required, attendeeResponse))
            .Concat((resources ?? []).Select(r => new Attendee(new Party(r), AttendeeKind.Resource, ResponseKind.Accepted)))
            .ToList();
        _meetings.Add(new MeetingMeta(id ?? $"e{++_next}", start, start + (duration ?? TimeSpan.FromMinutes(30)), false,
            organizer is null ? null : new Party(organizer), people, cancelled, organizer == Owner, myResponse));
        return this;
    }

    /// <summary>Weekly two-way mail with <paramref name="contact"/>: <paramref name="weeks"/> exchanges, the last
    /// one <paramref name="lastDaysAgo"/> days ago.</summary>
    public Timeline Weekly(string contact, int weeks, double lastDaysAgo)
    {
        for (var w = weeks - 1; w >= 0; w--)
        {
            Exchange(contact, DaysAgo(lastDaysAgo + (7 * w)));
        }

        return this;
    }

    public MailboxInput Build()
        => new(
            new MailboxOwner(OwnerId, Owner, [OwnerAlias, OwnerX500, .. ExtraAliases], OwnerName, TimeZoneId) { WorkingHours = WorkingHours },
            _messages.ToList(),
            _meetings.ToList(),
            new DirectoryInfo(["contoso.example"], Rooms, Lists, Names) { KnownAddresses = Known });

    public AnalysisResult Analyze(EngineOptions? options = null, UserFeedback? feedback = null, DateTimeOffset? now = null)
        => new RelationshipEngine(options ?? new EngineOptions()).Analyze(Build(), feedback ?? UserFeedback.None, now ?? Now);

    private static List<Party> Parties(IEnumerable<string?> addresses) => addresses.Select(a => new Party(a)).ToList();
}
