using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OutlookNetworking.Core.Feedback;
using OutlookNetworking.Data.Feedback;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Demo.Features.Auth;

namespace OutlookNetworking.Web.Tests.Digest;

/// <summary>The one-click links of a sent digest: valid once, only for their suggestion and their user, and a friendly
/// page that changes nothing otherwise. Each test uses its own suggestion row of Ava's digest.</summary>
public sealed class DigestLinkTests(DigestHostFixture fixture) : IClassFixture<DigestHostFixture>
{
    private static readonly MailboxKey Ava = new(DigestTestHost.Tenant, DigestTestHost.Ava);

    private string Digest => fixture.MailTo("ava.patel@contoso.example").GetProperty("html").GetString()!;

    private async Task<UserFeedback> FeedbackAsync() =>
        await fixture.Host.Services.GetRequiredService<FeedbackStore>().LoadAsync(Ava, CancellationToken.None);

    [Fact]
    public async Task DoneLink_OpenedThenConfirmed_RecordsDoneAndWorksOnlyOnce()
    {
        using var browser = fixture.Host.CreateBrowser();
        var link = DigestPages.Link(Digest, 0, "done");

        var first = await DigestPages.OpenAndConfirmAsync(browser, link);
        var recorded = (await FeedbackAsync()).BySuggestionKey[DigestPages.SuggestionKey(Digest, 0)];
        var second = await DigestPages.OpenAndConfirmAsync(browser, link);

        Assert.Equal((HttpStatusCode.OK, "confirm", HttpStatusCode.OK, "done"), first);
        Assert.Equal(FeedbackAction.Done, recorded.Action);
        Assert.Equal((HttpStatusCode.Gone, "used", null, null), second);
        Assert.Equal(recorded, (await FeedbackAsync()).BySuggestionKey[DigestPages.SuggestionKey(Digest, 0)]);
    }

    [Fact]
    public async Task SnoozeLink_Confirmed_HidesTheSuggestionForAWeek()
    {
        using var browser = fixture.Host.CreateBrowser();

        var result = await DigestPages.OpenAndConfirmAsync(browser, DigestPages.Link(Digest, 1, "snooze"));

        Assert.Equal("done", result.PostState);
        var snoozed = (await FeedbackAsync()).BySuggestionKey[DigestPages.SuggestionKey(Digest, 1)];
        Assert.Equal(FeedbackAction.Snoozed, snoozed.Action);
        Assert.Equal(fixture.Host.Clock.GetUtcNow().AddDays(7), snoozed.SnoozedUntil);
    }

    [Fact]
    public async Task Link_OpenedWithoutConfirming_ChangesNothing()
    {
        using var browser = fixture.Host.CreateBrowser();

        using var response = await browser.GetAsync(new Uri(DigestPages.Link(Digest, 2, "dismiss"), UriKind.Relative));

        Assert.Equal("confirm", DigestPages.State(await response.Content.ReadAsStringAsync()));
        Assert.False((await FeedbackAsync()).BySuggestionKey.ContainsKey(DigestPages.SuggestionKey(Digest, 2)));
    }

    [Fact]
    public async Task Link_Tampered_FriendlyPageAndNothingChanges()
    {
        using var browser = fixture.Host.CreateBrowser();
        var link = DigestPages.Link(Digest, 2, "done");
        var tampered = link[..^6] + (link[^6] == 'A' ? 'B' : 'A') + link[^5..];

        var result = await DigestPages.OpenAndConfirmAsync(browser, tampered);
        using var post = await browser.PostAsync(new Uri(tampered, UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal((HttpStatusCode.BadRequest, "invalid", null, null), result);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.False((await FeedbackAsync()).BySuggestionKey.ContainsKey(DigestPages.SuggestionKey(Digest, 2)));
    }

    [Fact]
    public async Task Link_OfAnotherActionOnThisRoute_Refused()
    {
        using var browser = fixture.Host.CreateBrowser();
        var dismissToken = new Uri("http://localhost" + DigestPages.Link(Digest, 2, "dismiss")).Query;

        var result = await DigestPages.OpenAndConfirmAsync(browser, "/digest/links/done" + dismissToken);

        Assert.Equal((HttpStatusCode.BadRequest, "invalid", null, null), result);
        Assert.False((await FeedbackAsync()).BySuggestionKey.ContainsKey(DigestPages.SuggestionKey(Digest, 2)));
    }

    [Fact]
    public async Task Link_SignedInAsAnotherUser_NotYoursAndNothingChanges()
    {
        using var browser = fixture.Host.CreateBrowser();
        var ben = new DemoUser(DigestTestHost.Ben, "ben.okafor@contoso.example", "Ben Okafor", "ben.okafor@contoso.example");
        var token = fixture.Host.Services.GetRequiredService<DemoTokenIssuer>().CreateUserToken(DigestTestHost.Tenant, ben).AccessToken;
        browser.DefaultRequestHeaders.Authorization = new("Bearer", token);

        var result = await DigestPages.OpenAndConfirmAsync(browser, DigestPages.Link(Digest, 2, "done"));

        Assert.Equal((HttpStatusCode.Forbidden, "not-yours", null, null), result);
        Assert.False((await FeedbackAsync()).BySuggestionKey.ContainsKey(DigestPages.SuggestionKey(Digest, 2)));
    }

    [Fact]
    public async Task Post_WithoutTheConfirmationPagesAntiforgeryToken_RefusedAndNothingChanges()
    {
        using var browser = fixture.Host.CreateBrowser();

        using var post = await browser.PostAsync(new Uri(DigestPages.Link(Digest, 2, "done"), UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Equal("form-expired", DigestPages.State(await post.Content.ReadAsStringAsync()));
        Assert.False((await FeedbackAsync()).BySuggestionKey.ContainsKey(DigestPages.SuggestionKey(Digest, 2)));
    }

    [Fact]
    public async Task UnsubscribeLink_Confirmed_TurnsTheDigestOff()
    {
        using var browser = fixture.Host.CreateBrowser();

        var result = await DigestPages.OpenAndConfirmAsync(browser, DigestPages.UnsubscribeLink(Digest));

        Assert.Equal((HttpStatusCode.OK, "confirm", HttpStatusCode.OK, "done"), result);
        var mailbox = await fixture.Host.Services.GetRequiredService<MailboxStore>().FindAsync(Ava, CancellationToken.None);
        Assert.False(mailbox!.DigestEnabled);
    }
}
