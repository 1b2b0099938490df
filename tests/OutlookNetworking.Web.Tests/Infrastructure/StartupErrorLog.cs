using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OutlookNetworking.Web.Tests.Infrastructure;

/// <summary>
/// Keeps a host's error logs, so a host that fails to start says why: WebApplicationFactory reports such a failure as
/// an ObjectDisposedException of the host's service provider, without the exception that stopped it.
/// </summary>
public sealed class StartupErrorLog : ILoggerProvider
{
    public ConcurrentQueue<string> Errors { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(StartupErrorLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel) && !category.StartsWith("Microsoft.IdentityModel", StringComparison.Ordinal))
            {
                log.Errors.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
            }
        }
    }
}
