using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Core.Tests.Support;
using static OutlookNetworking.Core.Tests.Support.Timeline;

namespace OutlookNetworking.Core.Tests.Interactions;

/// <summary>What is dropped as noise, and that it is counted.</summary>
public sealed class NoiseTests
{
    private const string Ben = "ben@contoso.example";

    [Fact]
    public void Analyze_AllHandsWith120People_MakesNoTieAndCountsALargeMeeting()
    {
        var staff = Enumerable.Range(1, 120).Select(i => $"emp{i:000}@contoso.example").ToList();
        var result = new Timeline().Meeting(DaysAgo(3), staff, organizer: staff[0], myResponse: ResponseKind.Accepted).Analyze();

        Assert.Empty(result.Relationships);
        Assert.Empty(result.Suggestions);
        Assert.Equal(1, result.Noise["largeMeeting"]);
    }

    [Fact]
    public void Analyze_300PersonMeetingWithAnOldFriend_MakesNoTieWithThem()
    {
        var people = Enumerable.Range(1, 299).Select(i => $"p{i}@fabrikam.example").Append(Ben);
        var result = new Timeline().Meeting(DaysAgo(2), people).Analyze();

        Assert.Null(result.RelationshipWith(Ben));
        Assert.Empty(result.SuggestionsFor(Ben));
        Assert.Equal(1, result.Noise["largeMeeting"]);
    }

    [Theory]
    [InlineData(14, 0, 14)] // 14 others + the owner = 15 people, the default maximum: interactions, not large
    [InlineData(15, 1, 0)]  // 16 people: a broadcast
    public void Analyze_MeetingAroundTheMaximumSize_CountsOnlyUpToIt(int others, int large, int contactsWithInteractions)
    {
        var people = Enumerable.Range(1, others).Select(i => $"p{i}@contoso.example").ToList();
        var result = new Timeline().Meeting(DaysAgo(2), people).Analyze();

        Assert.Equal(large, result.Noise["largeMeeting"]);
        // Medium meetings are interactions but not a two-way tie on their own, so each is counted one-way.
        Assert.Equal(contactsWithInteractions, result.Noise["oneWay"]);
    }

    [Fact]
    public void Analyze_RoomFromDirectory_IsNeverAContact()
    {
        const string room = "room-4.1@contoso.example";
        var timeline = new Timeline();
        timeline.Rooms.Add(room);
        timeline.Meeting(DaysAgo(2), [Ben, room])
            .Received(room, DaysAgo(2), to: [Owner])
            .Sent([room], DaysAgo(1));

        var result = timeline.Analyze();

        Assert.Null(result.RelationshipWith(room));
        Assert.Empty(result.SuggestionsFor(room));
        Assert.True(result.Noise["room"] >= 3);
        Assert.NotNull(result.RelationshipWith(Ben));
    }

    [Fact]
    public void Analyze_ResourceAttendee_IsARoomInMailToo()
    {
        const string projector = "projector-2@contoso.example";
        var result = new Timeline()
            .Meeting(DaysAgo(5), [Ben], resources: [projector])
            .Exchange(projector, DaysAgo(4))
            .Analyze();

        Assert.Null(result.RelationshipWith(projector));
        Assert.Empty(result.SuggestionsFor(projector));
    }

    [Fact]
    public void Analyze_MailFromAnAliasFiledInArchive_IsTheOwnersSentMail()
    {
        var timeline = new Timeline();
        for (var w = 0; w < 4; w++)
        {
            timeline.Received(Ben, DaysAgo(30 - (7 * w)), $"t{w}", folder: FolderKind.Archive)
                .Sent([Ben], DaysAgo(30 - (7 * w)).AddHours(1), $"t{w}", from: "ME@Contoso.example", folder: FolderKind.Archive);
        }

        var result = timeline.Analyze();

        var ben = Assert.IsType<Relationship>(result.RelationshipWith(Ben));
        Assert.Equal(4, ben.Sent);
        Assert.Equal(4, ben.Received);
        Assert.Null(result.RelationshipWith(OwnerAlias));
        Assert.Null(result.RelationshipWith(Owner));
    }

    [Fact]
    public void Analyze_OwnerCopiedOnOwnMail_CountsOwnAliasNotAContact()
    {
        var result = new Timeline().Sent([Ben], DaysAgo(2), cc: [OwnerAlias, Owner]).Analyze();

        Assert.Equal(2, result.Noise["ownAlias"]);
        Assert.DoesNotContain(result.Relationships, r => r.ContactAddress is Owner or OwnerAlias);
    }

    [Fact]
    public void Analyze_MailToTheOwnersX500Address_IsAddressedToTheOwner()
    {
        var result = new Timeline()
            .Received(Ben, DaysAgo(3), "t", to: [OwnerX500])
            .Sent([Ben], DaysAgo(2), "t")
            .Analyze();

        var ben = Assert.IsType<Relationship>(result.RelationshipWith(Ben));
        Assert.Equal(1, ben.Received);
        Assert.Equal(0, result.Noise["notAddressed"]);
    }

    [Theory]
    [InlineData("no-reply@tickets.contoso.example")]
    [InlineData("noreply@service.example")]
    [InlineData("donotreply@hr.example")]
    [InlineData("mailer-daemon@contoso.example")]
    [InlineData("notifications@github.example")]
    public void Analyze_AutomatedSender_IsNeverAContactEvenWhenAnswered(string sender)
    {
        var timeline = new Timeline();
        for (var d = 1; d <= 10; d++)
        {
            timeline.Exchange(sender, DaysAgo(d * 3));
        }

        var result = timeline.Analyze();

        Assert.Empty(result.Relationships);
        Assert.Empty(result.Suggestions);
        Assert.True(result.Noise["automatedSender"] >= 20);
    }

    [Fact]
    public void Analyze_DistributionListRecipient_IsNoiseAndOthersStillCount()
    {
        const string list = "sales-team@contoso.example";
        var timeline = new Timeline();
        timeline.Lists.Add(list);
        timeline.Exchange(Ben, DaysAgo(9)).Sent([list, Ben], DaysAgo(2)).Received(list, DaysAgo(1));

        var result = timeline.Analyze();

        Assert.Null(result.RelationshipWith(list));
        Assert.Equal(2, Assert.IsType<Relationship>(result.RelationshipWith(Ben)).Sent);
        Assert.True(result.Noise["distributionList"] >= 2);
    }

    [Fact]
    public void Analyze_MailThroughAListTheOwnerIsNotAddressedOn_MakesNoTie()
    {
        var result = new Timeline()
            .Received(Ben, DaysAgo(5), to: ["all-staff@contoso.example"])
            .Received(Ben, DaysAgo(4), to: ["all-staff@contoso.example"])
            .Sent([Ben], DaysAgo(3))
            .Analyze();

        Assert.Null(result.RelationshipWith(Ben));
        Assert.Equal(2, result.Noise["notAddressed"]);
    }

    [Fact]
    public void Analyze_NewsletterClassifiedOtherNeverReplied_IsBulkAndNoSuggestion()
    {
        const string news = "news@industryweekly.example";
        var timeline = new Timeline();
        for (var w = 0; w < 20; w++)
        {
            timeline.Received(news, DaysAgo(1 + (7 * w)), classification: InferenceClass.Other);
        }

        var result = timeline.Analyze();

        Assert.Null(result.RelationshipWith(news));
        Assert.Empty(result.Suggestions);
        Assert.Equal(20, result.Noise["bulk"]);
    }

    [Fact]
    public void Analyze_OtherClassifiedMailFromSomeoneTheOwnerWritesTo_Counts()
    {
        var result = new Timeline()
            .Received(Ben, DaysAgo(6), "t", classification: InferenceClass.Other)
            .Sent([Ben], DaysAgo(5), "t")
            .Analyze();

        Assert.Equal(1, Assert.IsType<Relationship>(result.RelationshipWith(Ben)).Received);
        Assert.Equal(0, result.Noise["bulk"]);
    }

    [Fact]
    public void Analyze_MessageWithMoreRecipientsThanTheBulkLimit_MakesNoTie()
    {
        var many = Enumerable.Range(1, 50).Select(i => $"p{i}@contoso.example").Append(Owner).ToArray();
        var result = new Timeline().Received(Ben, DaysAgo(3), "t", to: many).Sent([Ben], DaysAgo(2), "t").Analyze();

        Assert.Null(result.RelationshipWith(Ben));
        Assert.Equal(1, result.Noise["bulk"]);
    }

    [Fact]
    public void Analyze_DeclinedMeeting_MakesNoTie()
    {
        var result = new Timeline()
            .Meeting(DaysAgo(1), ["fay@contoso.example"], organizer: "fay@contoso.example", myResponse: ResponseKind.Declined)
            .Analyze();

        Assert.Empty(result.Relationships);
        Assert.Empty(result.Suggestions);
        Assert.Equal(1, result.Noise["declinedMeeting"]);
    }

    [Fact]
    public void Analyze_AttendeeWhoDeclined_GetsNoTie()
    {
        var result = new Timeline()
            .Meeting(DaysAgo(1), ["fay@contoso.example"], attendeeResponse: ResponseKind.Declined)
            .Analyze();

        Assert.Empty(result.Relationships);
        Assert.Empty(result.Suggestions);
    }

    [Fact]
    public void Analyze_CancelledMeeting_MakesNoTie()
    {
        var result = new Timeline()
            .Meeting(DaysAgo(2), ["gus@contoso.example"], organizer: "gus@contoso.example", cancelled: true,
                myResponse: ResponseKind.Accepted)
            .Analyze();

        Assert.Empty(result.Relationships);
        Assert.Empty(result.Suggestions);
        Assert.Equal(1, result.Noise["cancelledMeeting"]);
    }

    [Fact]
    public void Analyze_DraftsAndJunk_AreDropped()
    {
        var result = new Timeline()
            .Sent([Ben], DaysAgo(3), isDraft: true)
            .Sent([Ben], DaysAgo(3), folder: FolderKind.Drafts)
            .Received(Ben, DaysAgo(2), folder: FolderKind.Junk)
            .Analyze();

        Assert.Empty(result.Relationships);
        Assert.Equal(2, result.Noise["draft"]);
        Assert.Equal(1, result.Noise["junk"]);
    }

    [Fact]
    public void Analyze_RecipientsWithoutAddresses_AreCountedAndTheRestStillWorks()
    {
        var result = new Timeline()
            .Received(Ben, DaysAgo(3), "t", to: [Owner], cc: [null, "", "   "])
            .Sent([Ben, null, ""], DaysAgo(2), "t")
            .Received(null, DaysAgo(1))
            .Analyze();

        Assert.NotNull(result.RelationshipWith(Ben));
        Assert.True(result.Noise["invalidAddress"] >= 6);
        Assert.Single(result.Relationships);
    }

    [Fact]
    public void Analyze_X500Recipient_IsNeverAContact()
    {
        const string x500 = "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=77-carol";
        var result = new Timeline().Sent([x500], DaysAgo(3), "t").Received(x500, DaysAgo(2), "t").Analyze();

        Assert.Empty(result.Relationships);
        Assert.Equal(2, result.Noise["invalidAddress"]);
    }

    [Fact]
    public void Analyze_MessageAfterNow_IsIgnored()
    {
        var result = new Timeline().Received(Ben, Now.AddHours(1), "t").Sent([Ben], Now.AddHours(2), "t").Analyze();

        Assert.Empty(result.Relationships);
        Assert.Equal(2, result.Noise["future"]);
    }

    [Fact]
    public void Analyze_MessageWithoutAnyDate_IsCountedNoDate()
    {
        var timeline = new Timeline();
        var input = timeline.Build() with
        {
            Messages = [new MessageMeta("m1", "c1", new Party(Ben), [new Party(Owner)], [], [], null, null,
                FolderKind.Inbox, InferenceClass.Focused, false)],
        };

        var result = new OutlookNetworking.Core.Engine.RelationshipEngine(new()).Analyze(input, Feedback.UserFeedback.None, Now);

        Assert.Equal(1, result.Noise["noDate"]);
    }
}
