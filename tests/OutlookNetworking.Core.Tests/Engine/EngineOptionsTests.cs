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
    public void Defaults_MatchTheProductsResearchDefaults()
    {
        var options = new EngineOptions();
        Assert.Equal(15, options.MaxMeetingSize);
        Assert.Equal(8, options.DormantGapMultiple);
        Assert.Equal(5, options.DailyListSize);
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
    public void Constructor_InvalidOptions_Throws()
        => Assert.Throws<ArgumentException>(() => new RelationshipEngine(new EngineOptions { SmallMeetingSize = 20 }));
}
