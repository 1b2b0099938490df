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

        // Read + analyse + save from scratch (a repair, or the engine's options changed), then nights on the kept state.
        var analyzer = host.Get<MailboxAnalyzer>();
        var endToEnd = await TimeAsync(3, _ => Task.CompletedTask, _ => analyzer.RunAsync(key, fromScratch: true, CancellationToken.None));
        var noChange = await TimeAsync(5, _ => Task.CompletedTask, _ => analyzer.RunAsync(key, fromScratch: false, CancellationToken.None));
        var metadata = host.Get<MailboxMetadataStore>();
        await metadata.EnsureMailStreamAsync(key, "bench-new-mail", FolderKind.Inbox, CancellationToken.None);
        var smallChange = await TimeAsync(5, async run =>
        {
            // 20 new messages stored as a delta page would store them (not timed), then the night.
            var page = Enumerable.Range(0, 20).Select(i => input!.Messages[(run * 20) + i] with
            {
                Id = $"bench-new-{run}-{i}", Folder = FolderKind.Inbox,
                ReceivedAt = host.Tenant.Now.AddMinutes(-i - 1), SentAt = host.Tenant.Now.AddMinutes(-i - 2),
            }).ToList();
            await metadata.ApplyMessagePageAsync(key, "bench-new-mail", page, [], null, $"bench-delta-{run}", CancellationToken.None);
        }, _ => analyzer.RunAsync(key, fromScratch: false, CancellationToken.None));

        var median = Stats.Median(samples);
        figures.Add(new Figure($"analysis: one {input!.Messages.Count / 1000}k-message mailbox (engine, median)", "analysis40kMs", median, "ms",
            "analysis40kLoadMs", Stats.Median(loads), Goal: "< 50 ms", Met: median < 50));
        figures.Put("analysis40kP90Ms", Math.Round(Stats.Percentile(samples, 90), 2));
        figures.Add(new Figure("analysis: read + analyse + save that mailbox from scratch", "analysis40kEndToEndMs", Stats.Median(endToEnd), "ms"));
        var (quiet, twenty) = (Stats.Median(noChange), Stats.Median(smallChange));
        figures.Add(new Figure("night: that mailbox, nothing changed (load what is needed + analyse + save)", "nightNoChange40kMs", quiet, "ms",
            Goal: "< 100 ms and <= 1.5x analysis40kMs", Met: quiet < 100 && quiet <= 1.5 * median));
        figures.Add(new Figure("night: that mailbox, 20 new messages", "nightSmallChange40kMs", twenty, "ms",
            Goal: "< 100 ms and <= 1.5x analysis40kMs", Met: twenty < 100 && twenty <= 1.5 * median));
    }

    /// <summary>Runs <paramref name="prepare"/> (untimed) then <paramref name="night"/> (timed), <paramref name="runs"/> times.</summary>
    private static async Task<List<double>> TimeAsync(int runs, Func<int, Task> prepare, Func<int, Task> night)
    {
        var samples = new List<double>(runs);
        for (var run = 0; run < runs; run++)
        {
            await prepare(run);
            var clock = Stopwatch.StartNew();
            await night(run);
            samples.Add(clock.Elapsed.TotalMilliseconds);
        }

        return samples;
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

        // The tenant's analysis nights through the store: every mailbox forced from scratch, then a night where nothing
        // changed (each mailbox on its kept state).
        var analyzer = host.Get<MailboxAnalyzer>();
        var keys = mailboxes.Select(m => new MailboxKey(host.Tenant.TenantId, m.UserId)).ToList();
        var clockAll = Stopwatch.StartNew();
        foreach (var key in keys)
        {
            await analyzer.RunAsync(key, fromScratch: true, CancellationToken.None);
        }

        var scratchMs = clockAll.Elapsed.TotalMilliseconds;
        clockAll.Restart();
        foreach (var key in keys)
        {
            await analyzer.RunAsync(key, fromScratch: false, CancellationToken.None);
        }

        var quietMs = clockAll.Elapsed.TotalMilliseconds;
        figures.Add(new Figure($"night: {label} tenant's analysis, nothing changed, vs forced from scratch", "nightTenantNoChangeMs", quietMs, "ms",
            "nightTenantFromScratchMs", scratchMs, "nightTenantSpeedup", scratchMs / quietMs, ">= 5x", scratchMs / quietMs >= 5));
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
