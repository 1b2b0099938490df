using OutlookNetworking.Data.Digest;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Privacy;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Web.Features.Digest;
using OutlookNetworking.Web.Features.Jobs;

namespace OutlookNetworking.Web.Tests.Jobs;

/// <summary>A whole night and the morning after, through the real jobs, the simulator and a fake clock.</summary>
public sealed class DigestNightTests
{
    [Fact]
    public async Task NightAndMorning_UsersInThreeTimeZones_EachDigestInItsUsersMorningExactlyOnce()
    {
        await using var harness = await NightHarness.StartAsync(JobTenants.ThreeZones);
        var start = harness.Clock.GetUtcNow();

        await harness.RunNightAsync();
        await harness.RunMorningsAsync(start.AddHours(30));

        var people = await harness.PeopleAsync();
        var zones = people.Select(p => p.TimeZone).Distinct().ToList();
        Assert.True(zones.Count >= 3, "zones: " + string.Join(", ", zones));
        var byAddress = people.ToDictionary(p => p.Mail, StringComparer.OrdinalIgnoreCase);
        var sent = harness.Outbox;
        Assert.True(sent.Count >= people.Count / 2, $"{sent.Count} digests for {people.Count} people");
        Assert.Equal(sent.Count, sent.Select(m => m.To.Single().Address).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.True(sent.Select(m => byAddress[m.To.Single().Address!].TimeZone).Distinct().Count() >= 3);
        foreach (var mail in sent)
        {
            var owner = byAddress[mail.To.Single().Address!];
            var local = TimeZoneInfo.ConvertTime(mail.SentAt, TimeZoneInfo.FindSystemTimeZoneById(owner.TimeZone!));
            Assert.Equal(7, local.Hour);
            Assert.True(local.Minute < 15, $"{owner.TimeZone}: sent at {local:HH:mm}");
            Assert.Equal(new DateTime(2025, 7, 1), local.Date);
            Assert.False(mail.IsMime); // JSON: a MIME send loses every custom header (graph-fidelity GF-15)
            Assert.StartsWith("Your follow-ups for Tuesday", mail.Subject, StringComparison.Ordinal);
            Assert.NotNull(mail.HtmlBody);
            Assert.True(mail.SaveToSentItems);
            Assert.StartsWith("<" + NightHarness.PublicBaseUrl + "/", mail.Headers["List-Unsubscribe"], StringComparison.Ordinal);
            Assert.Equal("2025-07-01", mail.Headers[DigestDelivery.DigestHeader]);
            Assert.False(mail.Headers.ContainsKey("Auto-Submitted"));
        }

        // Everyone else had nothing to say, and the ledger says so.
        var ledger = harness.Get<DigestLedger>();
        foreach (var person in people.Where(p => sent.All(m => !string.Equals(m.To.Single().Address, p.Mail, StringComparison.OrdinalIgnoreCase))))
        {
            var row = await ledger.FindAsync(new MailboxKey(person.TenantId, person.UserId), new DateOnly(2025, 7, 1), CancellationToken.None);
            Assert.Equal(DigestDispatchStatus.NothingToSay, row?.Status);
        }
    }

    [Fact]
    public async Task DigestJobs_TriggeredAgain_SendNothingTwice()
    {
        await using var harness = await NightHarness.StartAsync(JobTenants.ThreeZones);
        var start = harness.Clock.GetUtcNow();
        await harness.RunNightAsync();
        await harness.RunMorningsAsync(start.AddHours(30));
        var first = harness.Outbox.Count;
        Assert.True(first > 0);

        // Every digest job again (as after a crash between send and acknowledgement), and a second night and morning pass.
        foreach (var job in harness.Jobs.All.Where(j => j.Type == typeof(DigestJob)).ToList())
        {
            Assert.Equal(DigestDeliveryResult.AlreadyHandled, await harness.InvokeAsync(job));
        }

        await harness.RunNightAsync();
        await harness.Get<DigestSchedulerJob>().RunAsync(CancellationToken.None);
        await harness.DrainAsync();

        Assert.Equal(first, harness.Outbox.Count);
    }

    [Fact]
    public async Task Morning_OptedOutAndDigestOffUsers_GetNoDigest()
    {
        await using var harness = await NightHarness.StartAsync(JobTenants.ThreeZones);
        var start = harness.Clock.GetUtcNow();
        await harness.RunNightAsync();
        var people = await harness.PeopleAsync();
        var optedOut = people[0];
        var digestOff = people[1];
        await harness.Get<UserDataStore>().EraseAndOptOutAsync(new MailboxKey(optedOut.TenantId, optedOut.UserId), CancellationToken.None);
        await harness.Get<MailboxStore>().SetDigestAsync(new MailboxKey(digestOff.TenantId, digestOff.UserId), false, 7, CancellationToken.None);
        harness.Jobs.All.Clear();

        await harness.RunNightAsync();
        await harness.RunMorningsAsync(start.AddHours(30));

        var recipients = harness.Outbox.Select(m => m.To.Single().Address).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.NotEmpty(recipients);
        Assert.DoesNotContain(optedOut.Mail, recipients);
        Assert.DoesNotContain(digestOff.Mail, recipients);
        Assert.DoesNotContain(harness.Jobs.All, j => j.Type == typeof(MailboxNightJob) && (Guid)j.Args[1] == optedOut.UserId);
        Assert.Contains(harness.Jobs.All, j => j.Type == typeof(MailboxNightJob) && (Guid)j.Args[1] == digestOff.UserId);
        Assert.DoesNotContain(harness.Jobs.All, j => j.Type == typeof(DigestJob) && (Guid)j.Args[1] == optedOut.UserId);
        Assert.DoesNotContain(harness.Jobs.All, j => j.Type == typeof(DigestJob) && (Guid)j.Args[1] == digestOff.UserId);
    }
}
