using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Feedback;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Data.Digest;
using OutlookNetworking.Data.Mailboxes;

namespace OutlookNetworking.Data.Tests.Storage;

/// <summary>
/// The numbers the store holds for every enum it persists, written down here by hand from the rows already stored.
/// A row written by an earlier release must read back as the same member: a member that changes its number, a
/// member that disappears, or a new member without its pin fails here. A new member takes the next free number and
/// gets a line below; a retired member's number is never reused.
/// </summary>
public sealed class StoredEnumValuesTests
{
    private static readonly (Type Enum, string Member, int Stored)[] Pins =
    [
        // suggestions.kind
        (typeof(SuggestionKind), "FirstMeetingFollowUp", 0),
        (typeof(SuggestionKind), "OwedReply", 1),
        (typeof(SuggestionKind), "AwaitingReply", 2),
        (typeof(SuggestionKind), "FadingTie", 3),
        (typeof(SuggestionKind), "DormantTie", 4),
        (typeof(SuggestionKind), "CadenceGoal", 5),
        (typeof(SuggestionKind), "MeetingPrep", 6),

        // suggestion_feedback.action
        (typeof(FeedbackAction), "Done", 0),
        (typeof(FeedbackAction), "Snoozed", 1),
        (typeof(FeedbackAction), "Dismissed", 2),

        // mail_messages.folder_kind, sync_cursors.folder_kind
        (typeof(FolderKind), "Inbox", 0),
        (typeof(FolderKind), "SentItems", 1),
        (typeof(FolderKind), "Archive", 2),
        (typeof(FolderKind), "Other", 3),
        (typeof(FolderKind), "Drafts", 4),
        (typeof(FolderKind), "Junk", 5),
        (typeof(FolderKind), "DeletedItems", 6),

        // mail_messages.classification
        (typeof(InferenceClass), "Unknown", 0),
        (typeof(InferenceClass), "Focused", 1),
        (typeof(InferenceClass), "Other", 2),

        // meetings.attendees (each attendee's type, in the JSON list)
        (typeof(AttendeeKind), "Required", 0),
        (typeof(AttendeeKind), "Optional", 1),
        (typeof(AttendeeKind), "Resource", 2),

        // meetings.my_response, meetings.attendees (each attendee's response)
        (typeof(ResponseKind), "None", 0),
        (typeof(ResponseKind), "Organizer", 1),
        (typeof(ResponseKind), "TentativelyAccepted", 2),
        (typeof(ResponseKind), "Accepted", 3),
        (typeof(ResponseKind), "Declined", 4),
        (typeof(ResponseKind), "NotResponded", 5),

        // mailboxes.purpose
        (typeof(MailboxPurpose), "Unknown", 0),
        (typeof(MailboxPurpose), "User", 1),
        (typeof(MailboxPurpose), "Shared", 2),
        (typeof(MailboxPurpose), "Room", 3),
        (typeof(MailboxPurpose), "Equipment", 4),
        (typeof(MailboxPurpose), "Other", 5),
        (typeof(MailboxPurpose), "DistributionList", 6),

        // mailboxes.access
        (typeof(MailboxAccess), "Readable", 0),
        (typeof(MailboxAccess), "OutsideAppScope", 1),
        (typeof(MailboxAccess), "NoExchangeMailbox", 2),

        // digest_dispatches.status
        (typeof(DigestDispatchStatus), "Reserved", 0),
        (typeof(DigestDispatchStatus), "Sent", 1),
        (typeof(DigestDispatchStatus), "Failed", 2),
        (typeof(DigestDispatchStatus), "NothingToSay", 3),
    ];

    public static TheoryData<string, string, int> PinnedMembers()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var (type, member, stored) in Pins)
        {
            data.Add(type.Name, member, stored);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PinnedMembers))]
    public void StoredValue_PinnedMember_KeepsItsNumber(string enumName, string member, int stored)
    {
        var type = Pins.First(p => p.Enum.Name == enumName).Enum;

        Assert.True(Enum.TryParse(type, member, ignoreCase: false, out var value), $"{enumName}.{member} no longer exists: rows store {stored}");
        Assert.Equal(stored, Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void StoredValue_EveryMemberOfAPersistedEnum_IsPinned()
    {
        foreach (var type in Pins.Select(p => p.Enum).Distinct())
        {
            var pinned = Pins.Where(p => p.Enum == type).Select(p => p.Member).ToHashSet(StringComparer.Ordinal);
            var unpinned = Enum.GetNames(type).Where(name => !pinned.Contains(name)).ToList();
            Assert.True(unpinned.Count == 0, $"{type.Name}: pin the stored number of {string.Join(", ", unpinned)} here");
        }
    }

    [Fact]
    public void StoredValue_PersistedEnums_NoTwoMembersShareANumber()
    {
        foreach (var type in Pins.Select(p => p.Enum).Distinct())
        {
            var numbers = Enum.GetValues(type).Cast<object>().Select(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(numbers.Count, numbers.Distinct().Count());
        }
    }
}
