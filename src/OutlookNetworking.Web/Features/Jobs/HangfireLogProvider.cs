using Hangfire.Logging;
using HangfireLevel = Hangfire.Logging.LogLevel;
using MsLevel = Microsoft.Extensions.Logging.LogLevel;

namespace OutlookNetworking.Web.Features.Jobs;

/// <summary>
/// Hangfire's logging into the host's <see cref="ILoggerFactory"/>. Hangfire keeps its log provider in a static, so a
/// process that starts and stops hosts (tests; a host restarting in place) can leave it pointing at a disposed
/// factory: this one then stays silent instead of throwing from inside Hangfire.
/// </summary>
internal sealed class HangfireLogProvider(ILoggerFactory factory) : ILogProvider
{
    public ILog GetLogger(string name) => new SafeLog(factory, name);

    private sealed class SafeLog(ILoggerFactory factory, string name) : ILog
    {
        private ILogger? _logger;

        public bool Log(HangfireLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                _logger ??= factory.CreateLogger(name);
                var level = logLevel switch
                {
                    HangfireLevel.Trace => MsLevel.Trace,
                    HangfireLevel.Debug => MsLevel.Debug,
                    HangfireLevel.Info => MsLevel.Information,
                    HangfireLevel.Warn => MsLevel.Warning,
                    HangfireLevel.Error => MsLevel.Error,
                    _ => MsLevel.Critical,
                };
                if (messageFunc is null)
                {
                    return _logger.IsEnabled(level);
                }

                if (_logger.IsEnabled(level))
                {
                    // Hangfire hands over finished messages, not templates: log the text as the state.
                    _logger.Log(level, default, messageFunc(), exception, static (text, _) => text);
                }

                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
