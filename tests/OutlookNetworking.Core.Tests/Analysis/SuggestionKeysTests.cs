using OutlookNetworking.Core.Analysis;

namespace OutlookNetworking.Core.Tests.Analysis;

public sealed class SuggestionKeysTests
{
    [Fact]
    public void For_SameSituation_GivesTheSameKey()
        => Assert.Equal(
            SuggestionKeys.For("owner", SuggestionKind.OwedReply, "ben@x.example", "conv-1"),
            SuggestionKeys.For("owner", SuggestionKind.OwedReply, "ben@x.example", "conv-1"));

    [Fact]
    public void For_AnyPartDiffers_GivesAnotherKey()
    {
        var keys = new[]
        {
            SuggestionKeys.For("owner", SuggestionKind.OwedReply, "ben@x.example", "conv-1"),
            SuggestionKeys.For("other", SuggestionKind.OwedReply, "ben@x.example", "conv-1"),
            SuggestionKeys.For("owner", SuggestionKind.AwaitingReply, "ben@x.example", "conv-1"),
            SuggestionKeys.For("owner", SuggestionKind.OwedReply, "chen@x.example", "conv-1"),
            SuggestionKeys.For("owner", SuggestionKind.OwedReply, "ben@x.example", "conv-2"),
        };

        Assert.Equal(keys.Length, keys.Distinct().Count());
    }

    [Fact]
    public void For_AnySituation_IsShortUrlSafeHex()
    {
        var key = SuggestionKeys.For("owner", SuggestionKind.FadingTie, "maria@x.example", "2025-01-05");

        Assert.Matches("^s_[0-9a-f]{16}$", key);
        Assert.True(SuggestionKeys.IsWellFormed(key));
    }

    [Fact]
    public void For_KnownInput_MatchesSha256OfTheDocumentedText()
    {
        var text = "v1\nowner\nowedReply\nben@x.example\nconv-1";
        var expected = "s_" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..16];

        Assert.Equal(expected, SuggestionKeys.For("owner", SuggestionKind.OwedReply, "ben@x.example", "conv-1"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("s_123")]
    [InlineData("x_0123456789abcdef")]
    [InlineData("s_0123456789ABCDEF")]
    [InlineData("s_0123456789abcdeg")]
    public void IsWellFormed_NotAKey_ReturnsFalse(string? key)
        => Assert.False(SuggestionKeys.IsWellFormed(key));

    [Fact]
    public void DateAnchor_Date_IsIsoDate()
        => Assert.Equal("2025-01-05", SuggestionKeys.DateAnchor(new DateOnly(2025, 1, 5)));
}
