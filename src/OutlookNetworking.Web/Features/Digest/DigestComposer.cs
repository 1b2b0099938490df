using System.Globalization;
using Microsoft.Extensions.Options;
using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Ranking;
using OutlookNetworking.Data.Analysis;
using OutlookNetworking.Data.Digest;
using OutlookNetworking.Data.Feedback;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Web.Features.Digest.Links;
using OutlookNetworking.Web.Features.Links;

namespace OutlookNetworking.Web.Features.Digest;

/// <summary>
/// Decides what a user's digest says on a local date: today's suggestions ranked with the user's feedback
/// at <c>now</c> (the same list as <c>/api/suggestions</c>), each with its Outlook link and signed one-click
/// links; the network health with its change since the digest of a week earlier (or, without one, since 30
/// days earlier, and the email says which); contact days per month; under a fading tie an opted-in colleague knows
/// well, who (<see cref="IDigestIntroductions"/>). Nothing worth saying (no suggestion today) gives no model.
/// </summary>
internal sealed class DigestComposer(
    AnalysisStore analyses,
    FeedbackStore feedback,
    HealthHistoryStore history,
    OutlookWebLinks outlook,
    DigestLinkSigner signer,
    IDigestIntroductions introductions,
    IOptions<EngineOptions> engine,
    IOptions<DigestOptions> options)
{
    private const int ChartHeightPx = 64;

    public async Task<ComposedDigest> ComposeAsync(MailboxEntity mailbox, DateOnly localDate, DateTimeOffset now, string baseUrl,
        CancellationToken cancellationToken)
    {
        var key = new MailboxKey(mailbox.TenantId, mailbox.UserId);
        var summary = await analyses.GetSummaryAsync(key, cancellationToken);
        if (summary is null)
        {
            return new ComposedDigest(null, null);
        }

        var open = await analyses.GetOpenSuggestionsAsync(key, cancellationToken);
        var ranked = SuggestionRanker.Rank(open.Select(s => s.Suggestion), await feedback.LoadAsync(key, cancellationToken), now, engine.Value);
        // Meetings to prepare for lead the digest (as a briefing does), in their ranked order; the rest follow in theirs.
        var today = ranked.Where(r => r.Today).OrderBy(r => r.Suggestion.Kind == SuggestionKind.MeetingPrep ? 0 : 1)
            .Take(options.Value.MaxSuggestions).ToList();
        if (today.Count == 0)
        {
            return new ComposedDigest(null, summary.Health);
        }

        var links = new DigestUrls(baseUrl);
        var wanted = DigestIntroductionLines.AddressesOf(today.Select(r => r.Suggestion));
        var knownWell = wanted.Count == 0
            ? new Dictionary<string, string>()
            : await introductions.WhoKnowsWellAsync(key, wanted, cancellationToken);
        var items = today.Select((r, i) => Item(i + 1, r.Suggestion, mailbox, links, knownWell)).ToList();
        var (health, comparedWith) = await HealthAsync(key, localDate, summary.Health, cancellationToken);
        var relationships = await analyses.GetRelationshipsAsync(key, null, cancellationToken);
        var model = new DigestModel(
            mailbox.DisplayName.Length > 0 ? mailbox.DisplayName : mailbox.Mail,
            mailbox.Mail,
            localDate,
            "Your follow-ups for " + localDate.ToString("dddd", CultureInfo.InvariantCulture),
            localDate.ToString("dddd d MMMM", CultureInfo.InvariantCulture),
            mailbox.DigestHour,
            items,
            health,
            comparedWith,
            Activity(relationships, summary.AnalysedAt, mailbox.TimeZone),
            links.Action(DigestLinkAction.Unsubscribe, signer.Sign(DigestLinkAction.Unsubscribe, mailbox.TenantId, mailbox.UserId, null)),
            links.Home);
        return new ComposedDigest(model, summary.Health);
    }

    private DigestItem Item(int rank, Suggestion s, MailboxEntity mailbox, DigestUrls links, IReadOnlyDictionary<string, string> knownWell)
    {
        string Sign(DigestLinkAction action) =>
            links.Action(action, signer.Sign(action, mailbox.TenantId, mailbox.UserId, s.Key));
        var contactName = s.ContactDisplayName is { Length: > 0 } name ? name : s.ContactAddress;
        return new DigestItem(rank, s.Key, SuggestionKindNames.ToWireName(s.Kind), DigestKindLabels.Of(s.Kind),
            contactName, s.ContactAddress, s.Reason,
            outlook.For(s.Evidence), s.Evidence.MessageId is { Length: > 0 } ? "Open the thread" : "Open the meeting",
            Sign(DigestLinkAction.Done), Sign(DigestLinkAction.Snooze), Sign(DigestLinkAction.Dismiss),
            DigestIntroductionLines.For(s, contactName, knownWell));
    }

    private async Task<(IReadOnlyList<DigestHealthRow> Rows, string ComparedWith)> HealthAsync(MailboxKey key, DateOnly localDate,
        NetworkHealth health, CancellationToken cancellationToken)
    {
        var lastWeek = await history.FindBeforeAsync(key, localDate, minDaysBack: 7, maxDaysBack: 13, cancellationToken);
        var comparedWith = lastWeek is { } found
            ? "since " + found.Date.ToString("dddd d MMMM", CultureInfo.InvariantCulture)
            : "since 30 days ago";
        double Before(Func<NetworkHealth, HealthFigure> figure) => lastWeek is { } w ? figure(w.Health).Value : figure(health).Previous;

        DigestHealthRow Count(string name, string label, Func<NetworkHealth, HealthFigure> figure)
        {
            var (now, before) = ((int)Math.Round(figure(health).Value), (int)Math.Round(Before(figure)));
            return new DigestHealthRow(name, label, now.ToString(CultureInfo.InvariantCulture), Signed(now - before, ""), Math.Sign(now - before));
        }

        DigestHealthRow Percent(string name, string label, Func<NetworkHealth, HealthFigure> figure)
        {
            var (now, before) = ((int)Math.Round(figure(health).Value * 100), (int)Math.Round(Before(figure) * 100));
            return new DigestHealthRow(name, label, now.ToString(CultureInfo.InvariantCulture) + "%", Signed(now - before, " pts"), Math.Sign(now - before));
        }

        IReadOnlyList<DigestHealthRow> rows =
        [
            Count("activeTies", "Active ties", h => h.ActiveTies),
            Count("newTiesThisMonth", "New in the last 30 days", h => h.NewTiesThisMonth),
            Count("fadingTies", "Fading", h => h.FadingTies),
            Count("dormantTies", "Dormant", h => h.DormantTies),
            Percent("externalShare", "Outside your organisation", h => h.ExternalShare),
            Percent("reciprocity", "Two-way balance", h => h.Reciprocity),
        ];
        return (rows, comparedWith);
    }

    private static string Signed(int change, string unit) => change switch
    {
        > 0 => "+" + change.ToString(CultureInfo.InvariantCulture) + unit,
        < 0 => "\u2212" + (-change).ToString(CultureInfo.InvariantCulture) + unit,
        _ => "no change",
    };

    /// <summary>Contact days summed over every relationship, per month, the analysis month last.</summary>
    private static List<DigestActivityBar> Activity(IReadOnlyList<Relationship> relationships, DateTimeOffset analysedAt, string? zone)
    {
        var totals = new int[12];
        foreach (var relationship in relationships)
        {
            var series = relationship.MonthlyContactDays;
            for (var i = 0; i < Math.Min(12, series.Count); i++)
            {
                totals[12 - Math.Min(12, series.Count) + i] += series[i];
            }
        }

        var max = Math.Max(1, totals.Max());
        var lastMonth = MailboxClock.LocalNow(analysedAt, zone);
        return totals.Select((days, i) => new DigestActivityBar(
            lastMonth.AddMonths(i - 11).ToString("MMM", CultureInfo.InvariantCulture), days,
            days == 0 ? 0 : Math.Max(2, (int)Math.Round(days * (double)ChartHeightPx / max)))).ToList();
    }
}
