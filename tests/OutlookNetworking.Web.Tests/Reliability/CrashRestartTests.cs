using OutlookNetworking.Data.Digest;
using OutlookNetworking.GraphSimulator;
using OutlookNetworking.GraphSimulator.Control;
using Xunit.Abstractions;

namespace OutlookNetworking.Web.Tests.Reliability;

/// <summary>
/// Crash and restart: the host runs as a real process and is killed with SIGKILL twice in one night, once while the
/// mailboxes are being synced and once while the digests are going out, then started again to finish the night. The
/// Graph simulator lives in the test process, so its outbox counts every digest any incarnation of the host sent.
/// The store must equal an uninterrupted run's row by row, and digests stay at most once per user and day: every user
/// gets exactly the digest the uninterrupted run sent them, except a user whose send was in flight at the kill. That
/// send's outcome is unknown to the host (its ledger row says "reserved"), so it is never sent again: the user has
/// the one digest Graph accepted before the kill, or none if the send never reached Graph. The test makes both
/// happen (one send held before Graph accepts it, one accepted whose answer is held) and checks each.
/// </summary>
[Collection(ChildHostCollection.Name)]
public sealed class CrashRestartTests(ITestOutputHelper output)
{
    private static readonly TimeSpan KillPointTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Night_HostKilledMidSyncAndMidDigests_StoreEqualsUninterruptedRunAndDigestsAtMostOnce()
    {
        var tenantPath = CrashTenant.Folder;
        await using var simulator = await GraphSimulatorHost.StartAsync(new SimulatorOptions { SnapshotPath = tenantPath });
        var tenantId = Guid.Parse(simulator.Snapshot.Tenant.TenantId);
        var control = simulator.Control;
        var referenceData = Directory.CreateTempSubdirectory("on-crash-reference-");
        var crashData = Directory.CreateTempSubdirectory("on-crash-");
        try
        {
            // The uninterrupted run.
            using (var host = await NightHost.StartAsync(referenceData.FullName, simulator, tenantPath))
            {
                await host.RunNightAsync();
            }

            var referenceOutbox = control.Outbox;
            control.ClearOutbox();
            control.ClearRequestLog();
            await using var reference = new HostStore(referenceData.FullName, tenantId);
            await using var crashed = new HostStore(crashData.FullName, tenantId);
            var people = (await reference.MailboxesAsync()).ToDictionary(m => m.Mail.ToLowerInvariant(), m => m.UserId, StringComparer.Ordinal);
            bool ToOneOf(SentMail mail, HashSet<Guid> users) => Recipient(mail) is { } to && people.TryGetValue(to, out var user) && users.Contains(user);

            // Kill 1: some mailboxes analysed, some synced only in part (every Graph request slowed a little).
            control.SetFaults(new FaultOptions { LatencyRate = 1, LatencyMilliseconds = 40, PathContains = "/users/" });
            (int Mailboxes, int Analysed, int SyncedNotAnalysed) atFirstKill;
            using (var host = await NightHost.StartAsync(crashData.FullName, simulator, tenantPath))
            {
                var night = host.StartNight();
                await UntilAsync(async () => await crashed.ProgressAsync() is { Analysed: >= 2, SyncedNotAnalysed: >= 1 } p
                                             && p.Analysed < p.Mailboxes, host, "some mailboxes analysed and one synced in part");
                host.Kill();
                await night;
            }

            atFirstKill = await crashed.ProgressAsync();

            // Kill 2: the night resumed, every mailbox analysed, digests going out: one send held before Graph accepts it,
            // one accepted by Graph whose answer is held; the kill comes while both are in flight and others were sent.
            control.ClearFaults();
            control.ClearRequestLog();
            control.ResetCounters();
            control.AddFaultRule(new FaultRule { Kind = FaultKind.Latency, PathContains = "/sendMail", Method = "POST", LatencyMilliseconds = 120_000 });
            control.AddFaultRule(new FaultRule { Kind = FaultKind.SlowAnswer, PathContains = "/sendMail", Method = "POST", LatencyMilliseconds = 120_000 });
            using (var host = await NightHost.StartAsync(crashData.FullName, simulator, tenantPath))
            {
                var night = host.StartNight();
                await UntilAsync(async () =>
                {
                    var ledger = await crashed.LedgerAsync();
                    var reserved = ledger.Where(d => d.Status == DigestDispatchStatus.Reserved).Select(d => d.UserId).ToHashSet();
                    return reserved.Count >= 2 && ledger.Any(d => d.Status == DigestDispatchStatus.Sent)
                           && control.Outbox.Any(m => ToOneOf(m, reserved));
                }, host, "two digest sends in flight and one sent");
                host.Kill();
                await night;
            }

            await UntilAsync(() => Task.FromResult(control.RequestLog.Count(r => r.Fault is "Latency" or "SlowAnswer") == 2
                                                   && control.Counters.Requests == control.RequestLog.Count), null,
                "the simulator ended both held sends, and no request is left in flight");
            var ledgerAtKill = await crashed.LedgerAsync();
            var inFlight = ledgerAtKill.Where(d => d.Status == DigestDispatchStatus.Reserved).Select(d => d.UserId).ToHashSet();
            var outboxAtKill = control.Outbox.Count;

            // The restart finishes the night.
            control.ClearFaults();
            using (var host = await NightHost.StartAsync(crashData.FullName, simulator, tenantPath))
            {
                await host.RunNightAsync();
            }

            var expected = await reference.ImageAsync();
            var actual = await crashed.ImageAsync();
            var difference = actual.CompareWith(expected);
            var mailboxes = await crashed.MailboxesAsync();
            var referenceLedger = (await reference.LedgerAsync()).ToDictionary(d => d.UserId);
            var ledger = (await crashed.LedgerAsync()).ToDictionary(d => d.UserId);
            var received = mailboxes.ToDictionary(m => m.UserId, m => control.Outbox.Count(o => ToOneOf(o, [m.UserId])));
            var referenceReceived = mailboxes.ToDictionary(m => m.UserId, m => referenceOutbox.Count(o => ToOneOf(o, [m.UserId])));
            output.WriteLine($"first kill: {atFirstKill.Analysed} of {atFirstKill.Mailboxes} mailboxes analysed, {atFirstKill.SyncedNotAnalysed} synced in part; "
                             + $"second kill: {ledgerAtKill.Count(d => d.Status == DigestDispatchStatus.Sent)} sent, {inFlight.Count} in flight; "
                             + $"store {expected.Count} rows: {difference}; digests {control.Outbox.Count} (uninterrupted: {referenceOutbox.Count})");

            Assert.True(difference.IsEmpty, difference.ToString());
            Assert.True(expected.CountOf("message") > 100 && expected.CountOf("suggestion") > 5, "the reference run stored too little to prove anything");
            Assert.All(mailboxes, m => Assert.True(received[m.UserId] <= 1, $"{m.DisplayName} got {received[m.UserId]} digests"));
            Assert.Equal(referenceLedger.Keys.Order(), ledger.Keys.Order());
            foreach (var mailbox in mailboxes.Where(m => !inFlight.Contains(m.UserId)))
            {
                Assert.Equal(referenceLedger[mailbox.UserId].Status, ledger[mailbox.UserId].Status);
                Assert.Equal(referenceLedger[mailbox.UserId].SuggestionCount, ledger[mailbox.UserId].SuggestionCount);
                Assert.Equal(referenceReceived[mailbox.UserId], received[mailbox.UserId]);
            }

            // The sends in flight at the kill (the two held ones, and any other between its reservation and its "sent"):
            // still "reserved" after the restart and never sent again; each user received the one digest Graph accepted
            // before the kill, or none; the uninterrupted run sent them theirs.
            Assert.True(inFlight.Count >= 2, $"{inFlight.Count} sends in flight at the kill");
            Assert.All(inFlight, user => Assert.Equal(DigestDispatchStatus.Reserved, ledger[user].Status));
            Assert.All(inFlight, user => Assert.Equal(DigestDispatchStatus.Sent, referenceLedger[user].Status));
            Assert.DoesNotContain(control.Outbox.Skip(outboxAtKill), mail => ToOneOf(mail, inFlight));
            Assert.Contains(inFlight, user => received[user] == 0); // the send Graph never accepted: lost, not repeated
            Assert.Contains(inFlight, user => received[user] == 1); // the send Graph accepted, answer lost: not repeated
            Assert.Contains(ledger.Values, d => d.Status == DigestDispatchStatus.Sent);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            referenceData.Delete(recursive: true);
            crashData.Delete(recursive: true);
        }
    }

    private static string? Recipient(SentMail mail) => mail.To.SingleOrDefault()?.Address?.ToLowerInvariant();

    /// <summary>Polls until the condition holds; fails when the host exits first or after a timeout.</summary>
    private static async Task UntilAsync(Func<Task<bool>> condition, NightHost? host, string what)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < KillPointTimeout, $"not reached within {KillPointTimeout.TotalSeconds:0} s: {what}\n{host?.Output}");
            await Task.Delay(25);
        }
    }
}
