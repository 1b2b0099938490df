using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OutlookNetworking.Web.Tests.Infrastructure;

/// <summary>Keeps every log entry of Information and above (level, category, formatted message) for assertions.</summary>
public sealed class RecordingLogs : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Category, string Message)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(RecordingLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                logs.Entries.Enqueue((logLevel, category, formatter(state, exception)));
            }
        }
    }
}
