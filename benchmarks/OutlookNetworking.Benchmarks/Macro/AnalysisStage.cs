using System.Diagnostics;
using Microsoft.Extensions.Options;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Data.Feedback;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Web.Features.Analysis;

namespace OutlookNetworking.Benchmarks.Macro;

/// <summary>
/// Analysis: the engine over one 40,000-message mailbox as the store returns it (beside the time to read it from the
/// store, and the whole analyse-and-save), and over every mailbox of the nightly tenant.
/// </summary>
internal static class AnalysisStage
{
    public static async Task RunMailboxAsync(BenchSettings settings, PipelineHost host, Guid user, Figures figures)
    {
        var key = new MailboxKey(host.Tenant.TenantId, user);
        var loads = new List<double>();
        MailboxInput? input = null;
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            input = await LoadInputAsync(host, key);
            loads.Add(clock.Elapsed.TotalMilliseconds);
        }

        var engine = new RelationshipEngine(host.Get<IOptions<EngineOptions>>().Value);
        var feedback = await host.Get<FeedbackStore>().LoadAsync(key, CancellationToken.None);
        for (var i = 0; i < 5; i++)
        {
            engine.Analyze(input!, feedback, host.Tenant.Now); // warm-up: JIT and tiered compilation
        }

        var samples = new List<double>();
        for (var i = 0; i < settings.AnalysisRuns; i++)
        {
            var clock = Stopwatch.StartNew();
            engine.Analyze(input!, feedback, host.Tenant.Now);
            samples.Add(clock.Elapsed.TotalMilliseconds);
        }

        var endToEnd = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            await host.Get<MailboxAnalyzer>().AnalyzeAsync(key, CancellationToken.None);
            endToEnd.Add(clock.Elapsed.TotalMilliseconds);
        }

        var median = Stats.Median(samples);
        figures.Add(new Figure($"analysis: one {input!.Messages.Count / 1000}k-message mailbox (engine, median)", "analysis40kMs", median, "ms",
            "analysis40kLoadMs", Stats.Median(loads), Goal: "< 50 ms", Met: median < 50));
        figures.Put("analysis40kP90Ms", Math.Round(Stats.Percentile(samples, 90), 2));
        figures.Add(new Figure("analysis: read + analyse + save that mailbox", "analysis40kEndToEndMs", Stats.Median(endToEnd), "ms"));
    }

    /// <summary>The engine over every mailbox of a tenant already synced into <paramref name="host"/>'s store.</summary>
    public static async Task RunTenantAsync(PipelineHost host, Figures figures, string label)
    {
        var mailboxes = await host.Get<MailboxStore>().ListSyncableAsync(host.Tenant.TenantId, CancellationToken.None);
        var engine = new RelationshipEngine(host.Get<IOptions<EngineOptions>>().Value);
        var perMailbox = new List<double>(mailboxes.Count);
        var loadMs = 0.0;
        var messages = 0L;
        foreach (var mailbox in mailboxes)
        {
            var key = new MailboxKey(host.Tenant.TenantId, mailbox.UserId);
            var clock = Stopwatch.StartNew();
            var input = await LoadInputAsync(host, key);
            loadMs += clock.Elapsed.TotalMilliseconds;
            messages += input.Messages.Count;
            var feedback = await host.Get<FeedbackStore>().LoadAsync(key, CancellationToken.None);
            clock.Restart();
            engine.Analyze(input, feedback, host.Tenant.Now);
            perMailbox.Add(clock.Elapsed.TotalMilliseconds);
        }

        figures.Add(new Figure($"analysis: {label} tenant, engine over all {mailboxes.Count} mailboxes", "analysisTenantMs", perMailbox.Sum(), "ms",
            "analysisTenantLoadMs", loadMs));
        figures.Put("analysisTenantMailboxes", mailboxes.Count);
        figures.Put("analysisTenantMessages", messages);
        figures.Put("analysisTenantP99MailboxMs", Math.Round(Stats.Percentile(perMailbox, 99), 2));
    }

    /// <summary>The engine's input for a mailbox, read as <see cref="MailboxAnalyzer"/> reads it.</summary>
    private static async Task<MailboxInput> LoadInputAsync(PipelineHost host, MailboxKey key)
    {
        var mailbox = await host.Get<MailboxStore>().FindAsync(key, CancellationToken.None)
                      ?? throw new InvalidOperationException("The mailbox is not in the store.");
        var owner = new MailboxOwner(key.UserId.ToString(), mailbox.Mail,
            MailboxStore.SplitAliases(mailbox.Aliases).Append(mailbox.UserPrincipalName.ToLowerInvariant())
                .Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
            mailbox.DisplayName, mailbox.TimeZone);
        var (messages, meetings) = await host.Get<MailboxMetadataStore>().LoadAsync(key, CancellationToken.None);
        return new MailboxInput(owner, messages, meetings, await host.Get<TenantDirectory>().GetAsync(key.TenantId, CancellationToken.None));
    }
}
