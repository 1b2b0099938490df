using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
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
        var options = builder.Configuration.GetSection(JobsOptions.SectionName).Get<JobsOptions>() ?? new JobsOptions();

        // Hangfire keeps its storage and activator in statics: pin this host's own in its container (registered before
        // AddHangfire, whose defaults only fill gaps), so two hosts in one process (tests) never share jobs.
        var storage = new HostJobStorage();
        builder.Services.AddSingleton<JobStorage>(sp =>
        {
            _ = sp.GetRequiredService<IGlobalConfiguration>(); // runs the configuration below, which sets storage.Value
            return storage.Value ?? throw new InvalidOperationException("Hangfire's storage was not configured.");
        });
        builder.Services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        builder.Services.AddHangfire((services, config) =>
        {
            config.UseLogProvider(new HangfireLogProvider(services.GetRequiredService<ILoggerFactory>()))
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (options.Storage == JobStorageKind.PostgreSql)
            {
                storage.Value = config.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(options.ConnectionString), new PostgreSqlStorageOptions
                {
                    QueuePollInterval = options.QueuePollInterval,
                    DistributedLockTimeout = TimeSpan.FromMinutes(options.MailboxLockMinutes),
                    PrepareSchemaIfNecessary = true,
                    InvisibilityTimeout = TimeSpan.FromMinutes(options.MailboxLockMinutes),
                }).Entry;
            }
            else
            {
                storage.Value = config.UseInMemoryStorage().Entry;
            }
        });

        if (runJobs)
        {
            builder.Services.AddHangfireServer((sp, server) =>
            {
                var o = sp.GetRequiredService<IOptions<JobsOptions>>().Value;
                server.WorkerCount = o.WorkerCount;
                server.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            });
            builder.Services.AddHostedService<RecurringJobsHostedService>();
        }

        builder.Services.AddSingleton<RecurringJobsRegistrar>();
        return builder;
    }

    private sealed class HostJobStorage
    {
        public JobStorage? Value { get; set; }
    }
}
