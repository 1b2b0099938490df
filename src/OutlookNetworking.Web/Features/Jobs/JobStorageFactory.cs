using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;

namespace OutlookNetworking.Web.Features.Jobs;

/// <summary>Builds this host's Hangfire storage from <see cref="JobsOptions"/>.</summary>
internal static class JobStorageFactory
{
    public static JobStorage Create(JobsOptions options) => options.Storage switch
    {
        JobStorageKind.PostgreSql => new PostgreSqlStorage(
            new Hangfire.PostgreSql.Factories.NpgsqlConnectionFactory(options.ConnectionString!, PostgresOptions(options)),
            PostgresOptions(options)),
        _ => new InMemoryStorage(),
    };

    /// <summary>
    /// Shared-storage settings for several servers: jobs a server has taken stay invisible to the others only
    /// while it keeps heart-beating (sliding invisibility), so the jobs of a server that stopped or died go back to
    /// the queue after <see cref="JobsOptions.InvisibilityTimeout"/>, however long a healthy server's jobs run.
    /// </summary>
    internal static PostgreSqlStorageOptions PostgresOptions(JobsOptions options) => new()
    {
        QueuePollInterval = options.QueuePollInterval,
        InvisibilityTimeout = options.InvisibilityTimeout,
        UseSlidingInvisibilityTimeout = true,
        DistributedLockTimeout = TimeSpan.FromMinutes(options.MailboxLockMinutes),
        PrepareSchemaIfNecessary = true,
    };
}
