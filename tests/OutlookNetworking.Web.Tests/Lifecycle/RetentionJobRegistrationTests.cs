using Hangfire;
using Hangfire.InMemory;
using Hangfire.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OutlookNetworking.Web.Features.Lifecycle;

namespace OutlookNetworking.Web.Tests.Lifecycle;

/// <summary>Hangfire keeps static state (global filters, the current storage): run alone, not beside hosts starting.</summary>
[CollectionDefinition(nameof(RetentionJobRegistrationTests), DisableParallelization = true)]
public sealed class RetentionJobRegistrationCollection;

[Collection(nameof(RetentionJobRegistrationTests))]
public sealed class RetentionJobRegistrationTests
{
    [Fact]
    public void Register_DefaultOptions_NightlyPurgeUnderConstantIdInUtc()
    {
        // Hangfire.AspNetCore points Hangfire's static log provider at the last host's logger factory, disposed by now.
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);
        using var storage = new InMemoryStorage();
        var registration = new RetentionJobRegistration(new RecurringJobManager(storage), Options.Create(new RetentionOptions()),
            new FakeTimeProvider(), NullLogger<RetentionJobRegistration>.Instance);

        registration.Register();
        registration.Register();

        using var connection = storage.GetConnection();
        var job = Assert.Single(connection.GetRecurringJobs());
        Assert.Equal("retention-purge", job.Id);
        Assert.Equal("30 3 * * *", job.Cron);
        Assert.Equal("UTC", job.TimeZoneId);
    }
}
