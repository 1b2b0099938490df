using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Ranking;
using OutlookNetworking.Data.Analysis;
using OutlookNetworking.Data.Feedback;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Demo.Features.Auth;
using OutlookNetworking.Demo.Features.Home.Pages;
using OutlookNetworking.Web.Features.Home;

namespace OutlookNetworking.Demo.Features.Home;

/// <summary><c>GET /</c> of the demo host: every demo user with today's suggestions and closest contacts (the simulated
/// tenant has no secrets).</summary>
internal sealed class DemoHome(IDemoDirectory directory, MailboxStore mailboxes, AnalysisStore analyses, FeedbackStore feedback,
    IOptions<EngineOptions> engine, TimeProvider clock) : IHomePage
{
    public async Task<IResult> RenderAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var summaries = new List<DemoUserSummary>();
        foreach (var user in directory.Users)
        {
            var key = new MailboxKey(directory.TenantId, user.Id);
            var mailbox = await mailboxes.FindAsync(key, ct);
            var open = await analyses.GetOpenSuggestionsAsync(key, ct);
            var ranked = SuggestionRanker.Rank(open.Select(s => s.Suggestion), await feedback.LoadAsync(key, ct), now, engine.Value);
            var contacts = await analyses.GetRelationshipsAsync(key, null, ct);
            summaries.Add(new DemoUserSummary(user.Id, user.DisplayName, user.Mail ?? user.UserPrincipalName,
                mailbox?.LastAnalysedAt, ranked.Where(r => r.Today).ToList(), contacts.Take(5).ToList()));
        }

        return new RazorComponentResult<DemoHomePage>(new { Users = summaries, Now = now });
    }
}
