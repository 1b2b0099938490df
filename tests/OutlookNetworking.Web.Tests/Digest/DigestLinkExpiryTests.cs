using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OutlookNetworking.Data.Feedback;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Web.Tests.Digest;

/// <summary>A digest link after its lifetime (its own host: the clock moves).</summary>
public sealed class DigestLinkExpiryTests
{
    [Fact]
    public async Task Link_AfterItsLifetime_ExpiredPageAndNothingChanges()
    {
        await using var fixture = new DigestHostFixture();
        await fixture.InitializeAsync();
        var digest = fixture.MailTo("ava.patel@contoso.example").GetProperty("html").GetString()!;
        using var browser = fixture.Host.CreateBrowser();
        var link = DigestPages.Link(digest, 0, "done");
        var before = await DigestPages.OpenAndConfirmAsync(browser, DigestPages.Link(digest, 1, "done")); // still valid a moment ago

        fixture.Host.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        var after = await DigestPages.OpenAndConfirmAsync(browser, link);

        Assert.Equal("done", before.PostState);
        Assert.Equal((HttpStatusCode.Gone, "expired", null, null), after);
        var feedback = await fixture.Host.Services.GetRequiredService<FeedbackStore>()
            .LoadAsync(new MailboxKey(DigestTestHost.Tenant, DigestTestHost.Ava), CancellationToken.None);
        Assert.False(feedback.BySuggestionKey.ContainsKey(DigestPages.SuggestionKey(digest, 0)));
    }
}
