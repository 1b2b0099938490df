using OutlookNetworking.Data.Digest;
using OutlookNetworking.GraphSimulator;
using OutlookNetworking.GraphSimulator.Control;
using Xunit.Abstractions;

namespace OutlookNetworking.Web.Tests.Reliability;

/// <summary>
/// Crash and restart: the host runs as a real process and is killed with SIGKILL twice in one night, once while the
/// mailboxes are being synced and once while the digests are going out, then started again to finish the night. The
/// Graph simulator lives in the test process, so its outbox counts every digest any incarnation of the host sent.
/// The store must equal an uninterrupted run's row by row, and every user gets exactly the one digest the
/// uninterrupted run sent them, including the users whose send was in flight at the kill: their ledger rows say
/// "reserved" (outcome unknown), and the restarted host searches the sender's Sent Items for each digest's Message-ID:
/// the send Graph accepted before the kill (its answer held) is found and recorded as sent, not sent again; the send
/// held before Graph accepted it is not found and is sent once. The test makes both happen and checks each.
/// </summary>
[Collection(ChildHostCollection.Name)]
public sealed class CrashRestartTests(ITestOutputHelper output)
{
    private static readonly TimeSpan KillPointTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Night_HostKilledMidSyncAndMidDigests_StoreEqualsUninterruptedRunAndExactlyOneDigestEach()
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
            Assert.Equal(referenceLedger.Keys.Order(), ledger.Keys.Order());
            foreach (var mailbox in mailboxes)
            {
                Assert.Equal(referenceReceived[mailbox.UserId], received[mailbox.UserId]); // exactly one digest each (or none, as uninterrupted)
                Assert.Equal(referenceLedger[mailbox.UserId].Status, ledger[mailbox.UserId].Status);
            }

            foreach (var mailbox in mailboxes.Where(m => !inFlight.Contains(m.UserId)))
            {
                Assert.Equal(referenceLedger[mailbox.UserId].SuggestionCount, ledger[mailbox.UserId].SuggestionCount);
            }

            // The sends in flight at the kill (the two held ones, and any other between its reservation and its "sent"):
            // reserved at the kill, sent in the uninterrupted run, and after the restart each user has exactly one digest:
            // the one Graph accepted before the kill (found in Sent Items, not sent again), or the one sent after the
            // restart because Graph never accepted the first.
            var sentAfterRestart = control.Outbox.Skip(outboxAtKill).ToList();
            Assert.True(inFlight.Count >= 2, $"{inFlight.Count} sends in flight at the kill");
            Assert.All(inFlight, user => Assert.Equal(DigestDispatchStatus.Reserved, ledgerAtKill.Single(d => d.UserId == user).Status));
            Assert.All(inFlight, user => Assert.Equal(DigestDispatchStatus.Sent, referenceLedger[user].Status));
            Assert.All(inFlight, user => Assert.Equal(1, received[user]));
            Assert.Contains(inFlight, user => sentAfterRestart.Any(m => ToOneOf(m, [user])));  // Graph never accepted it: sent after the restart
            Assert.Contains(inFlight, user => !sentAfterRestart.Any(m => ToOneOf(m, [user]))); // accepted, answer lost: found, not repeated
            Assert.All(sentAfterRestart, m => Assert.False(control.Outbox.Take(outboxAtKill).Any(before => before.To.Single().Address == m.To.Single().Address),
                "a digest sent after the restart went to someone who already had one"));
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
