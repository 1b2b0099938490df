using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Ranking;
using OutlookNetworking.Data.Analysis;
using OutlookNetworking.Data.Feedback;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Web.Features.Auth.Demo;
using OutlookNetworking.Web.Features.Home.Pages;

namespace OutlookNetworking.Web.Features.Home;

/// <summary>
/// <c>GET /</c>: in demo mode, every demo user with today's suggestions and closest contacts (the
/// simulated tenant has no secrets); otherwise a short landing page that sends admins to consent.
/// <c>GET /healthz</c>: liveness.
/// </summary>
public static class HomeApi
{
    public static IEndpointRouteBuilder MapHomeApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", GetHomeAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "ok" })).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    internal static async Task<Results<RazorComponentResult<DemoHomePage>, RazorComponentResult<LandingPage>>> GetHomeAsync(
        IOptions<DemoOptions> demo, IServiceProvider services, CancellationToken ct)
    {
        if (!demo.Value.Enabled)
        {
            return new RazorComponentResult<LandingPage>();
        }

        var directory = services.GetRequiredService<IDemoDirectory>();
        var mailboxes = services.GetRequiredService<MailboxStore>();
        var analyses = services.GetRequiredService<AnalysisStore>();
        var feedback = services.GetRequiredService<FeedbackStore>();
        var options = services.GetRequiredService<IOptions<EngineOptions>>().Value;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var summaries = new List<DemoUserSummary>();
        foreach (var user in directory.Users)
        {
            var key = new MailboxKey(directory.TenantId, user.Id);
            var mailbox = await mailboxes.FindAsync(key, ct);
            var open = await analyses.GetOpenSuggestionsAsync(key, ct);
            var ranked = SuggestionRanker.Rank(open.Select(s => s.Suggestion), await feedback.LoadAsync(key, ct), now, options);
            var contacts = await analyses.GetRelationshipsAsync(key, null, ct);
            summaries.Add(new DemoUserSummary(user.Id, user.DisplayName, user.Mail ?? user.UserPrincipalName,
                mailbox?.LastAnalysedAt, ranked.Where(r => r.Today).ToList(), contacts.Take(5).ToList()));
        }

        return new RazorComponentResult<DemoHomePage>(new { Users = summaries, Now = now });
    }
}
