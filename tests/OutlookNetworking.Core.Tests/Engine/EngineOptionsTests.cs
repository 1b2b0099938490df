using System.ComponentModel.DataAnnotations;
using OutlookNetworking.Core.Engine;

namespace OutlookNetworking.Core.Tests.Engine;

public sealed class EngineOptionsTests
{
    private static List<ValidationResult> Validate(EngineOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }

    [Fact]
    public void Validate_Defaults_AreValid() => Assert.Empty(Validate(new EngineOptions()));

    [Fact]
    public void FindProblems_Defaults_FindsNone() => Assert.Empty(new EngineOptions().FindProblems());

    [Fact]
    public void Defaults_MatchTheProductsResearchDefaults()
    {
        var options = new EngineOptions();
        Assert.Equal(15, options.MaxMeetingSize);
        Assert.Equal(8, options.DormantGapMultiple);
        Assert.Equal(5, options.DailyListSize);
        Assert.Equal(TimeSpan.FromDays(4), options.Detectors.FirstMeetingFollowUp.Window);
        Assert.Equal(TimeSpan.FromDays(1), options.Detectors.OwedReply.Grace);
        Assert.Equal(TimeSpan.FromDays(14), options.Detectors.OwedReply.MaxAge);
        Assert.Equal(TimeSpan.FromDays(3), options.Detectors.AwaitingReply.MinAge);
        Assert.Equal(4, options.Detectors.FadingTie.MinContactDays);
        Assert.Equal(0, options.Detectors.CadenceGoal.GraceDays);
        Assert.Equal("Engine", EngineOptions.SectionName);
    }

    [Fact]
    public void Validate_OutOfRange_NamesTheOption()
    {
        var results = Validate(new EngineOptions { MaxMeetingSize = 0 });

        Assert.Contains(results, r => r.MemberNames.Contains(nameof(EngineOptions.MaxMeetingSize)));
    }

    [Fact]
    public void Validate_FadingNotBelowDormant_IsInvalid()
    {
        var results = Validate(new EngineOptions { FadingGapMultiple = 9, DormantGapMultiple = 8 });

        Assert.Contains(results, r => r.MemberNames.Contains(nameof(EngineOptions.FadingGapMultiple)));
    }

    [Fact]
    public void FindProblems_DetectorOptionOutOfRange_NamesItsSection()
    {
        var options = new EngineOptions();
        options.Detectors.OwedReply.MaxAge = TimeSpan.FromDays(400);

        var problem = Assert.Single(options.FindProblems());

        Assert.StartsWith("Engine:Detectors:OwedReply: ", problem, StringComparison.Ordinal);
        Assert.Contains("MaxAge", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void FindProblems_RuleBetweenADetectorsOptions_NamesBoth()
    {
        var options = new EngineOptions();
        options.Detectors.AwaitingReply.MinAge = TimeSpan.FromDays(20);
        options.Detectors.AwaitingReply.MaxAge = TimeSpan.FromDays(10);

        var problem = Assert.Single(options.FindProblems());

        Assert.Equal("Engine:Detectors:AwaitingReply: MinAge must not exceed MaxAge.", problem);
    }

    [Fact]
    public void FindProblems_EngineAndDetectorBothInvalid_ReportsEachOnItsOwn()
    {
        var options = new EngineOptions { MaxMeetingSize = 0 };
        options.Detectors.OwedReply.Grace = TimeSpan.FromDays(20);
        options.Detectors.OwedReply.MaxAge = TimeSpan.FromDays(10);
        options.Detectors.CadenceGoal.GraceDays = -1;

        var problems = options.FindProblems();

        Assert.Equal(3, problems.Count);
        Assert.StartsWith("Engine: ", problems[0], StringComparison.Ordinal);
        Assert.Equal("Engine:Detectors:OwedReply: Grace must not exceed MaxAge.", problems[1]);
        Assert.StartsWith("Engine:Detectors:CadenceGoal: ", problems[2], StringComparison.Ordinal);
    }

    [Fact]
    public void FindProblems_DetectorSectionSetToNull_SaysItIsMissing()
    {
        var options = new EngineOptions();
        options.Detectors.FadingTie = null!;

        Assert.Equal(["Engine:Detectors:FadingTie: missing."], options.FindProblems());
    }

    [Fact]
    public void Constructor_InvalidOptions_Throws()
        => Assert.Throws<ArgumentException>(() => new RelationshipEngine(new EngineOptions { SmallMeetingSize = 20 }));

    [Fact]
    public void Constructor_InvalidDetectorOptions_ThrowsNamingTheSection()
    {
        var options = new EngineOptions();
        options.Detectors.FirstMeetingFollowUp.Window = TimeSpan.Zero;

        var error = Assert.Throws<ArgumentException>(() => new RelationshipEngine(options));

        Assert.Contains("Engine:Detectors:FirstMeetingFollowUp", error.Message, StringComparison.Ordinal);
    }
}
