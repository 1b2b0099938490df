using Hangfire;
using Hangfire.AspNetCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace OutlookNetworking.Web.Tests.ScaleOut;

/// <summary>
/// Hangfire keeps one process-wide log provider: the logger factory of the host that configured it last. Once that
/// host is disposed, any Hangfire object created afterwards (a job client, a filter) fails to get a logger. Tests that
/// create and dispose many hosts in one process point it at a factory that is never disposed.
/// </summary>
internal static class HangfireLogging
{
    public static void Detach() => GlobalConfiguration.Configuration.UseLogProvider(new AspNetCoreLogProvider(NullLoggerFactory.Instance));
}
