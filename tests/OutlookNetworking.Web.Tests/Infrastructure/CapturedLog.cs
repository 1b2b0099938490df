using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OutlookNetworking.Web.Tests.Infrastructure;

/// <summary>Keeps every log entry of every level as text: the formatted message, each structured value, the exception
/// and the scopes it was written in.</summary>
public sealed class CapturedLog : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider? _scopes;

    public ConcurrentQueue<string> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => log._scopes?.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(' ', pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            var scopes = new List<string>();
            log._scopes?.ForEachScope((scope, list) => list.Add(scope?.ToString() ?? ""), scopes);
            log.Entries.Enqueue($"{logLevel} {category} {formatter(state, exception)} {values} {string.Join(' ', scopes)} {exception}");
        }
    }
}
