using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Tests.Support;
using static OutlookNetworking.Core.Tests.Support.Timeline;

namespace OutlookNetworking.Core.Tests.Relationships;

/// <summary>The owner's own other addresses (directory aliases, and a personal address at a consumer mail domain that
/// is evidently theirs) are the owner, never a contact: no relationship, no suggestion, counted as <c>ownAddress</c>.</summary>
public sealed class OwnAddressTests
{
    private const string Ben = "ben@contoso.example";

    /// <summary>Weekly 1:1 mail with <paramref name="address"/> for 20 weeks until 200 days ago (a dormant tie if it
    /// were a person), the address's mail carrying <paramref name="name"/>.</summary>
    private static Timeline Story(string address, string? name, string ownerName = "Ava Lopez")
    {
        var timeline = new Timeline { OwnerName = ownerName };
        for (var w = 19; w >= 0; w--)
        {
            var at = DaysAgo(200 + (7 * w));
            timeline.Received(address, at, $"own{w}", fromName: name).Sent([address], at.AddHours(2), $"own{w}");
        }

        return timeline.Weekly(Ben, 6, 3);
    }

    private static void AssertOwn(AnalysisResult result, string address)
    {
        Assert.Null(result.RelationshipWith(address));
        Assert.Empty(result.SuggestionsFor(address));
        Assert.Equal(1, result.Noise["ownAddress"]);
        Assert.NotNull(result.RelationshipWith(Ben));
    }

    private static void AssertContact(AnalysisResult result, string address)
    {
        Assert.NotNull(result.RelationshipWith(address));
        Assert.Equal(0, result.Noise["ownAddress"]);
    }

    [Fact]
    public void Analyze_ADifferentOwner_MakesTheSameStoryADormantTieWithSuggestions()
    {
        // The control: the story below is a suggested tie when the address is not the owner's.
        var result = Story("ava.lopez@gmail.com", "Ava Lopez", ownerName: "Eli Cohen").Analyze();

        AssertContact(result, "ava.lopez@gmail.com");
        Assert.Contains(result.SuggestionsFor("ava.lopez@gmail.com"), s => s.Kind == SuggestionKind.DormantTie);
    }

    [Fact]
    public void Analyze_OwnersDisplayNameOnAGmailAddress_IsTheOwner()
    {
        AssertOwn(Story("avl.home@gmail.com", "Ava Lopez").Analyze(), "avl.home@gmail.com");
    }

    [Theory]
    [InlineData("Lopez, Ava")]
    [InlineData("ava lopez")]
    [InlineData("Ava M. Lopez")]
    [InlineData("Áva López")]
    public void Analyze_OwnersNamesInAnotherFormOnAConsumerAddress_IsTheOwner(string name)
    {
        AssertOwn(Story("x1984@outlook.com", name).Analyze(), "x1984@outlook.com");
    }

    [Theory]
    [InlineData("ava.lopez@gmail.com")]
    [InlineData("avalopez@outlook.com")]
    [InlineData("lopez.ava@icloud.com")]
    [InlineData("lopezava@hotmail.com")]
    [InlineData("ava_lopez84@yahoo.com")]
    [InlineData("ava.m.lopez@proton.me")]
    [InlineData("ava-lopez@live.com")]
    public void Analyze_LocalPartMadeOfTheOwnersNamesAtAConsumerDomain_IsTheOwner(string address)
    {
        AssertOwn(Story(address, name: null).Analyze(), address);
    }

    [Theory]
    [InlineData("alopez@gmail.com")]       // an initial is not a name: Alan Lopez, a brother, writes like this
    [InlineData("ava@gmail.com")]          // the first name alone
    [InlineData("lopez@gmail.com")]        // the family name alone
    [InlineData("ava.lopez.fan@gmail.com")] // a word that is not one of the owner's names
    [InlineData("eva.lopez@gmail.com")]
    [InlineData("maria.lopez@gmail.com")]
    public void Analyze_LocalPartNotMadeOfTheOwnersFirstAndLastNames_IsAContact(string address)
    {
        AssertContact(Story(address, name: null).Analyze(), address);
    }

    [Fact]
    public void Analyze_AnotherConsumerDomainFromOptions_IsJudgedThere()
    {
        var options = new EngineOptions { ConsumerMailDomains = "mail.example" };

        AssertOwn(Story("ava.lopez@mail.example", null).Analyze(options), "ava.lopez@mail.example");
        AssertContact(Story("ava.lopez@gmail.com", null).Analyze(options), "ava.lopez@gmail.com");
    }

    [Fact]
    public void Options_ConsumerMailDomainsThatAreNotDomains_AreRefused()
    {
        var problems = new EngineOptions { ConsumerMailDomains = "gmail.com;outlook.com/*" }.FindProblems();

        Assert.Contains(problems, p => p.Contains(nameof(EngineOptions.ConsumerMailDomains), StringComparison.Ordinal));
        Assert.Empty(new EngineOptions { ConsumerMailDomains = "" }.FindProblems());
    }

    [Fact]
    public void Analyze_DirectoryAliasAtAConsumerDomain_IsTheOwnerWhateverItsName()
    {
        var timeline = Story("sunny.days@gmail.com", "Sunny");
        timeline.ExtraAliases.Add("Sunny.Days@gmail.com");

        var result = timeline.Analyze();

        Assert.Null(result.RelationshipWith("sunny.days@gmail.com"));
        Assert.Empty(result.SuggestionsFor("sunny.days@gmail.com"));
        Assert.True(result.Noise["ownAlias"] >= 20);
    }

    [Fact]
    public void Analyze_OwnersNameAtACompanyDomain_IsAContact()
    {
        AssertContact(Story("ava.lopez@fabrikam.example", "Ava Lopez").Analyze(), "ava.lopez@fabrikam.example");
    }

    [Fact]
    public void Analyze_AConsumerAddressTheOwnerAlsoWritesToWithAThirdPerson_IsAContact()
    {
        var result = Story("ava.lopez@gmail.com", "Ava Lopez").Sent(["ava.lopez@gmail.com", Ben], DaysAgo(250)).Analyze();

        AssertContact(result, "ava.lopez@gmail.com");
    }

    [Fact]
    public void Analyze_AConsumerAddressThatWritesToTheOwnerAndAThirdPerson_IsAContact()
    {
        var result = Story("ava.lopez@gmail.com", "Ava Lopez")
            .Received("ava.lopez@gmail.com", DaysAgo(250), cc: [Ben], fromName: "Ava Lopez").Analyze();

        AssertContact(result, "ava.lopez@gmail.com");
    }

    [Fact]
    public void Analyze_AConsumerAddressMetWithAThirdPerson_IsAContact()
    {
        var result = Story("ava.lopez@gmail.com", "Ava Lopez").Meeting(DaysAgo(240), ["ava.lopez@gmail.com", Ben]).Analyze();

        AssertContact(result, "ava.lopez@gmail.com");
    }

    [Fact]
    public void Analyze_ADifferentPersonSharingTheFirstName_IsAContact()
    {
        AssertContact(Story("ava.chen@gmail.com", "Ava Chen").Analyze(), "ava.chen@gmail.com");
    }

    [Fact]
    public void Analyze_ANamesakeWhoWritesToOthers_IsAContact()
    {
        // Another Ava Lopez: her mail reaches the owner among others.
        var timeline = new Timeline { OwnerName = "Ava Lopez" };
        for (var w = 9; w >= 0; w--)
        {
            var at = DaysAgo(30 + (7 * w));
            timeline.Received("ava.lopez@gmail.com", at, $"n{w}", to: [Owner, "club@fabrikam.example"], fromName: "Ava Lopez")
                .Sent(["ava.lopez@gmail.com"], at.AddHours(1), $"n{w}");
        }

        AssertContact(timeline.Analyze(), "ava.lopez@gmail.com");
    }

    [Fact]
    public void Analyze_AMeetingTomorrowWithTheOwnersOwnAddress_GivesNoMeetingPrep()
    {
        var result = Story("ava.lopez@gmail.com", "Ava Lopez").Meeting(Now.AddHours(20), ["ava.lopez@gmail.com"]).Analyze();

        Assert.Empty(result.SuggestionsFor("ava.lopez@gmail.com"));
        Assert.Null(result.RelationshipWith("ava.lopez@gmail.com"));
    }

    [Fact]
    public void Night_AnOwnAddressThatLaterMailsAThirdPerson_BecomesAContactAsFromScratch()
    {
        var harness = new NightHarness();
        var timeline = Story("ava.lopez@gmail.com", "Ava Lopez");

        var (first, firstScratch) = harness.Run(timeline.Build(), Now);
        ResultAssert.Same(firstScratch, first, "first night");
        AssertOwn(first, "ava.lopez@gmail.com");

        timeline.Received("ava.lopez@gmail.com", Now.AddHours(6), cc: [Ben], fromName: "Ava Lopez");
        var (second, secondScratch) = harness.Run(timeline.Build(), Now.AddDays(1));
        Assert.Null(harness.FromScratchBecause);
        ResultAssert.Same(secondScratch, second, "second night");
        Assert.NotNull(second.RelationshipWith("ava.lopez@gmail.com"));
        Assert.Equal(0, second.Noise["ownAddress"]);
    }
}
