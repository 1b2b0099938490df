using Hangfire;
using Hangfire.AspNetCore;
using Microsoft.Extensions.Options;

namespace OutlookNetworking.Web.Features.Jobs;

public static class JobsExtensions
{
    /// <summary>Hangfire on the configured storage; a processing server unless this instance only serves HTTP.</summary>
    public static WebApplicationBuilder AddOutlookNetworkingJobs(this WebApplicationBuilder builder, bool runJobs)
    {
        builder.Services.AddOptions<JobsOptions>().Bind(builder.Configuration.GetSection(JobsOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.Storage != JobStorageKind.PostgreSql || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Hangfire:ConnectionString is required when Hangfire:Storage is PostgreSql.")
            .ValidateOnStart();

        // This host's own storage and job activator, registered before AddHangfire (which only fills what is
        // missing): Hangfire's defaults are process-wide statics (JobStorage.Current, JobActivator.Current), so
        // several hosts in one process (tests, benchmarks) would otherwise run each other's jobs.
        builder.Services.AddSingleton<JobStorage>(sp =>
        {
            var configuration = sp.GetRequiredService<IGlobalConfiguration>(); // Hangfire's settings first (logging, serializer)
            return configuration.UseStorage(JobStorageFactory.Create(sp.GetRequiredService<IOptions<JobsOptions>>().Value)).Entry;
        });
        builder.Services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        builder.Services.AddHangfire((services, config) => config
            .UseLogProvider(new HangfireLogProvider(services.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());

        if (runJobs)
        {
            builder.Services.AddHangfireServer((sp, server) =>
            {
                var o = sp.GetRequiredService<IOptions<JobsOptions>>().Value;
                server.WorkerCount = o.WorkerCount;
                server.ServerName = string.IsNullOrWhiteSpace(o.ServerName)
                    ? $"{Environment.MachineName}:{Environment.ProcessId}"
                    : o.ServerName;
            });
            builder.Services.AddHostedService<RecurringJobsHostedService>();
        }

        builder.Services.AddSingleton<RecurringJobsRegistrar>();
        builder.Services.AddSingleton<SyncLocks>();
        builder.Services.AddSingleton<QueuedJobs>();
        return builder;
    }
}
