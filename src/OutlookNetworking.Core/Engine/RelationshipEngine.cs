using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Detectors;
using OutlookNetworking.Core.Feedback;
using OutlookNetworking.Core.Health;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Core.Interactions;
using OutlookNetworking.Core.Ranking;
using OutlookNetworking.Core.Relationships;

namespace OutlookNetworking.Core.Engine;

/// <summary>
/// The relationship engine: interactions, relationships, detectors, ranking and network health for
/// one mailbox. Pure: the same input and <c>now</c> give the same result. Thread-safe: an instance
/// holds only its options and the detectors made from them, so one can serve every mailbox.
/// </summary>
public sealed class RelationshipEngine
{
    private readonly ISuggestionDetector[] _detectors;

    /// <summary>Creates an engine with one detector per suggestion kind; throws <see cref="ArgumentException"/>
    /// when the options are invalid.</summary>
    public RelationshipEngine(EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.EnsureValid();
        Options = options;
        _detectors = SuggestionDetectors.Create(options.Detectors);
    }

    public EngineOptions Options { get; }

    /// <summary>Analyses one mailbox at <paramref name="now"/> (pass <c>TimeProvider.GetUtcNow()</c>).
    /// Messages and meetings after <paramref name="now"/> are ignored.</summary>
    public AnalysisResult Analyze(MailboxInput input, UserFeedback feedback, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(feedback);

        var clock = new OwnerClock(input.Owner.TimeZoneId);
        var noise = new NoiseCounter();
        var book = new AddressBook(input.Owner, input.Directory, UnresolvedInternalAddresses.For(input));
        MeetingScanner.RegisterResources(input.Meetings, book);

        var touches = new TouchStore();
        var messages = new MessageScanner(book, touches, clock, Options, noise);
        messages.Scan(input.Messages, now.UtcTicks);
        var meetings = new MeetingScanner(book, touches, clock, Options, noise);
        meetings.Scan(input.Meetings, now);
        touches.GroupInto(book.Contacts);

        var builder = new ContactViewBuilder(Options, clock, input.Directory, noise);
        var contacts = builder.Build(book.Contacts, now);

        var context = new DetectionContext(input, Options, now, clock, contacts, messages.Conversations,
            meetings.SmallMeetings, feedback);
        var suggestions = new List<Suggestion>();
        foreach (var detector in _detectors)
        {
            detector.Detect(context, suggestions);
        }

        return new AnalysisResult(
            now,
            SortedRelationships(contacts),
            SuggestionRanker.Rank(suggestions, feedback, now, Options),
            noise.ToSummary(),
            NetworkHealthCalculator.Compute(contacts, builder.Calculator, clock, Options, now));
    }

    private static List<Relationship> SortedRelationships(ContactView?[] contacts)
    {
        var relationships = new List<Relationship>();
        foreach (var contact in contacts)
        {
            if (contact?.Relationship is { } relationship)
            {
                relationships.Add(relationship);
            }
        }

        relationships.Sort(static (a, b) => b.Strength != a.Strength
            ? b.Strength.CompareTo(a.Strength)
            : string.CompareOrdinal(a.ContactAddress, b.ContactAddress));
        return relationships;
    }
}
