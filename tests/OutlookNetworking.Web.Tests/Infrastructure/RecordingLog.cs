using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OutlookNetworking.Web.Tests.Infrastructure;

/// <summary>Keeps every log line (Information and above) as "Level Category: message", for tests that read what was logged.</summary>
public sealed class RecordingLog : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(RecordingLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log.Lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)}");
            }
        }
    }
}
