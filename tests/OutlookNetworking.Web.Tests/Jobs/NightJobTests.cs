using System.ComponentModel;
using System.Reflection;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Data.Tenants;
using OutlookNetworking.Web.Features.Digest;
using OutlookNetworking.Web.Features.Jobs;

namespace OutlookNetworking.Web.Tests.Jobs;

/// <summary>The tenant night and the mailbox job: who is queued, failures reported and bounded, one run per mailbox at a time.</summary>
public sealed class NightJobTests
{
    [Fact]
    public async Task TenantNight_RoomsSharedMailboxesAndEquipment_NotQueued()
    {
        await using var harness = await NightHarness.StartAsync(JobTenants.ThreeZones);

        await harness.Get<TenantNightJob>().RunAsync(harness.TenantId, "tenant", CancellationToken.None);

        var queued = harness.Jobs.All.Where(j => j.Type == typeof(MailboxNightJob)).Select(j => (Guid)j.Args[1]).ToList();
        var snapshotPeople = harness.Simulator.Snapshot.Users
            .Where(u => u.UserPurpose is null or "user").Select(u => Guid.Parse(u.Id)).ToHashSet();
        Assert.Equal(snapshotPeople.Order(), queued.Order());
        Assert.Contains(harness.Simulator.Snapshot.Users, u => u.UserPurpose is "shared" or "room");
    }

    [Fact]
    public async Task TenantNight_FirstNight_MovesTheTenantsNightToItsMostCommonTimeZone()
    {
        await using var harness = await NightHarness.StartAsync(JobTenants.ThreeZones);

        await harness.Get<TenantNightJob>().RunAsync(harness.TenantId, "tenant", CancellationToken.None);

        var counts = (await harness.PeopleAsync()).GroupBy(p => p.TimeZone!).ToDictionary(g => g.Key, g => g.Count());
        var zone = (await harness.Get<TenantStore>().FindAsync(harness.TenantId, CancellationToken.None))!.TimeZone!;
        Assert.Equal(counts.Values.Max(), counts[zone]);
        Assert.True(counts.Count >= 3);
        using var connection = harness.Get<JobStorage>().GetConnection();
        var night = connection.GetRecurringJobs().Single(j => j.Id == $"night:{harness.TenantId:N}");
        Assert.Equal(TimeZoneInfo.FindSystemTimeZoneById(zone).Id, night.TimeZoneId);
    }

    [Fact]
    public async Task MailboxNightJob_MailboxKeepsFailing_CountedAndRethrownOthersStillSynced()
    {
        await using var harness = await NightHarness.StartAsync(JobTenants.ThreeZones);
        await harness.Get<TenantNightJob>().RunAsync(harness.TenantId, "tenant", CancellationToken.None);
        harness.Jobs.Enqueued.Clear();
        var healthy = (await harness.PeopleAsync())[0];
        var ghost = new MailboxKey(harness.TenantId, Guid.NewGuid()); // in the store, unknown to Graph: every sync fails
        await using (var db = harness.Get<IAppDbContextFactory>().CreateDbContext())
        {
            db.Mailboxes.Add(new MailboxEntity
            {
                TenantId = ghost.TenantId, UserId = ghost.UserId, Mail = "ghost@contoso.example", UserPrincipalName = "ghost@contoso.example",
                DisplayName = "Ghost", Purpose = MailboxPurpose.User,
            });
            await db.SaveChangesAsync();
        }

        var job = harness.Get<MailboxNightJob>();
        await Assert.ThrowsAnyAsync<Exception>(() => job.RunAsync(ghost.TenantId, ghost.UserId, "Ghost", CancellationToken.None));
        await Assert.ThrowsAnyAsync<Exception>(() => job.RunAsync(ghost.TenantId, ghost.UserId, "Ghost", CancellationToken.None));
        await job.RunAsync(healthy.TenantId, healthy.UserId, healthy.DisplayName, CancellationToken.None);

        var failing = await harness.Get<MailboxStore>().FindAsync(ghost, CancellationToken.None);
        var fine = await harness.Get<MailboxStore>().FindAsync(new MailboxKey(healthy.TenantId, healthy.UserId), CancellationToken.None);
        Assert.Equal(2, failing!.ConsecutiveFailures);
        Assert.False(string.IsNullOrEmpty(failing.LastFailure));
        Assert.Equal(0, fine!.ConsecutiveFailures);
        Assert.NotNull(fine.LastAnalysedAt);
    }

    [Fact]
    public void MailboxNightJob_RetryPolicy_BoundedWithGrowingBackOffThenFailed()
    {
        var method = IdsOnly(typeof(MailboxNightJob));
        var retry = method.GetCustomAttribute<AutomaticRetryAttribute>()!;

        Assert.InRange(retry.Attempts, 1, 10);
        Assert.Equal(AttemptsExceededAction.Fail, retry.OnAttemptsExceeded);
        Assert.Equal(retry.Attempts, retry.DelaysInSeconds.Length);
        Assert.True(retry.DelaysInSeconds.Zip(retry.DelaysInSeconds.Skip(1)).All(p => p.First < p.Second));
    }

    [Fact]
    public async Task MailboxNightJob_SameMailboxAlreadyRunning_SkipsWithoutTouchingGraph()
    {
        await using var harness = await NightHarness.StartAsync(JobTenants.ThreeZones);
        await harness.Get<TenantNightJob>().RunAsync(harness.TenantId, "tenant", CancellationToken.None);
        var person = (await harness.PeopleAsync())[0];
        harness.Simulator.Control.ClearRequestLog();
        using var connection = harness.Get<JobStorage>().GetConnection();

        using (connection.AcquireDistributedLock($"on:mailbox:{person.TenantId:N}:{person.UserId:N}", TimeSpan.FromSeconds(1)))
        {
            await Task.Run(() => harness.Get<MailboxNightJob>().RunAsync(person.TenantId, person.UserId, person.DisplayName, CancellationToken.None));
        }

        Assert.DoesNotContain(harness.Simulator.Control.RequestLog, r => r.PathAndQuery.Contains(person.UserId.ToString(), StringComparison.OrdinalIgnoreCase));
        Assert.Null((await harness.Get<MailboxStore>().FindAsync(new MailboxKey(person.TenantId, person.UserId), CancellationToken.None))!.LastSyncedAt);
    }

    [Fact]
    public async Task Registrar_RegistersTenantNightsAndDigestSchedulerWithConstantIdsAndZones()
    {
        await using var harness = await NightHarness.StartAsync(JobTenants.ThreeZones);
        var storage = new InMemoryStorage();
        var registrar = new RecurringJobsRegistrar(new RecurringJobManager(storage), harness.Get<TenantStore>(),
            Options.Create(new JobsOptions()), Options.Create(new DigestOptions { SchedulerIntervalMinutes = 15 }));

        await registrar.RegisterAllAsync(CancellationToken.None);

        using var connection = storage.GetConnection();
        var jobs = connection.GetRecurringJobs().ToDictionary(j => j.Id);
        Assert.Equal("*/15 * * * *", jobs["digest-scheduler"].Cron);
        Assert.Equal("0 1 * * *", jobs[$"night:{harness.TenantId:N}"].Cron);
        Assert.Equal(TimeZoneInfo.Utc.Id, jobs["digest-scheduler"].TimeZoneId);
        Assert.Equal(typeof(DigestSchedulerJob), jobs["digest-scheduler"].Job.Type);
        Assert.Equal(typeof(TenantNightJob), jobs[$"night:{harness.TenantId:N}"].Job.Type);
    }

    [Theory]
    [InlineData("2025-07-01T13:59:00Z", null)]          // 06:59 in Los Angeles
    [InlineData("2025-07-01T14:00:00Z", "2025-07-01")]  // 07:00
    [InlineData("2025-07-01T17:59:00Z", "2025-07-01")]  // 10:59, inside the 4-hour window
    [InlineData("2025-07-01T18:00:00Z", null)]          // 11:00: too late that day
    public void DueDate_PacificUserAtSeven_DueOnlyInTheMorningWindow(string utc, string? expected)
    {
        var scheduler = new DigestSchedulerJob(null!, null!, null!, null!, Options.Create(new DigestOptions()), TimeProvider.System,
            NullLogger<DigestSchedulerJob>.Instance);
        var mailbox = new MailboxEntity { TimeZone = "Pacific Standard Time", DigestHour = 7 };

        var due = scheduler.DueDate(mailbox, DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, due?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(typeof(MailboxNightJob), new object[] { "t", "u" }, "Sync and analyse mailbox u")]
    [InlineData(typeof(DigestJob), new object[] { "t", "u", "2025-07-01" }, "Send the morning digest of user u for 2025-07-01")]
    [InlineData(typeof(TenantNightJob), new object[] { "t" }, "Nightly run of tenant t")]
    public void JobDisplayNames_ReadAsSentences(Type job, object[] args, string expected)
    {
        var name = IdsOnly(job).GetCustomAttribute<DisplayNameAttribute>()!.DisplayName;

        Assert.Equal(expected, string.Format(System.Globalization.CultureInfo.InvariantCulture, name, args));
    }

    /// <summary>The job's <c>RunAsync</c> that takes ids only (the other overload serves jobs queued before, with a name).</summary>
    private static MethodInfo IdsOnly(Type job) => job.GetMethods().Single(m => m.Name == "RunAsync"
        && m.GetParameters().All(p => p.ParameterType != typeof(string) || p.Name == "localDate"));
}
