using Hangfire;
using Hangfire.Common;
using Hangfire.Storage;
using OutlookNetworking.Web.Features.Jobs;

namespace OutlookNetworking.Web.Tests.Jobs;

/// <summary>
/// Security review finding 7: Hangfire's storage and dashboard hold job arguments outside the documented stores, and
/// erasure cannot reach them. Every job a night and its mornings enqueue, and every recurring job registered, carries ids
/// (and the digest's local date) only: no display name, no address.
/// </summary>
public sealed class JobArgumentTests
{
    [Fact]
    public async Task NightAndMornings_EveryJobEnqueuedAndRegistered_CarriesIdsOnly()
    {
        await using var harness = await NightHarness.StartAsync(JobTenants.ThreeZones);
        var start = harness.Clock.GetUtcNow();

        await harness.RunNightAsync();
        await harness.RunMorningsAsync(start.AddHours(30));

        List<Job> jobs;
        lock (harness.Jobs.All)
        {
            jobs = [.. harness.Jobs.All];
        }

        using (var connection = harness.Get<JobStorage>().GetConnection())
        {
            jobs.AddRange(connection.GetRecurringJobs().Where(r => r.Job is not null).Select(r => r.Job));
        }

        Assert.Contains(jobs, j => j.Type == typeof(MailboxNightJob));
        Assert.Contains(jobs, j => j.Type == typeof(DigestJob));
        Assert.Contains(jobs, j => j.Type == typeof(TenantNightJob));
        var personal = harness.Simulator.Snapshot.Users
            .SelectMany(u => new[] { u.DisplayName, u.Mail, u.UserPrincipalName }.Concat(u.ProxyAddresses))
            .Concat([harness.Simulator.Snapshot.Tenant.DisplayName])
            .Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Split(':')[^1]).Distinct().ToList();
        Assert.NotEmpty(personal);
        foreach (var job in jobs)
        {
            var serialized = string.Join("|", InvocationData.SerializeJob(job).Arguments ?? "");
            Assert.All(personal, p => Assert.DoesNotContain(p, serialized, StringComparison.OrdinalIgnoreCase));
            Assert.All(job.Args, a => Assert.True(a is Guid or CancellationToken or null || a is string s && DateOnly.TryParseExact(s, "yyyy-MM-dd", out _),
                $"{job.Type.Name}.{job.Method.Name}: argument {a} is not an id or a date"));
        }
    }
}
