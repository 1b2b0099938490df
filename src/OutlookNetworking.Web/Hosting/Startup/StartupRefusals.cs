using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace OutlookNetworking.Web.Hosting.Startup;

/// <summary>
/// Turns a refused start into log lines and exit code 1: each <see cref="ConfigurationRefusal"/> (or each failure of an
/// options validator run on start) is one line on standard error at level Critical, formatted as the host's console logs
/// are (<c>Logging:Console:FormatterName=json</c> gives JSON), with no stack trace.
/// </summary>
public static partial class StartupRefusals
{
    /// <summary>The exit code of a refused configuration (0 ok, 1 failure or refused configuration, 2 bad usage).</summary>
    public const int ExitCode = 1;

    private const string Category = "OutlookNetworking.Startup";

    /// <summary>The refusals an exception of a failed start carries, or none when it is not a configuration refusal.</summary>
    public static IReadOnlyList<string> LinesOf(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case ConfigurationRefusedException refused:
                    return refused.Refusals.Count > 0 ? [.. refused.Refusals.Select(r => r.ToString())] : [refused.Message];
                case OptionsValidationException invalid:
                    return [.. invalid.Failures.Select(f => "Refusing to start: " + f)];
                case AggregateException aggregate when aggregate.InnerExceptions.Count > 0:
                    var lines = aggregate.InnerExceptions.SelectMany(LinesOf).ToList();
                    if (lines.Count > 0)
                    {
                        return lines;
                    }

                    break;
            }
        }

        return [];
    }

    /// <summary>Runs the options validators registered with <c>ValidateOnStart</c> now, so a bad value is refused
    /// before the host starts (and before the host logs the failure with its stack trace).</summary>
    /// <exception cref="OptionsValidationException">An option is invalid.</exception>
    public static void ValidateOptionsNow(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.GetService<IStartupValidator>()?.Validate();
    }

    /// <summary>Logs <paramref name="lines"/> (one log entry each) and returns <see cref="ExitCode"/>. The console gets
    /// them from a logger made from <paramref name="configuration"/>'s <c>Logging</c> section (the simple format on
    /// one line, or <c>Logging:Console:FormatterName</c>'s); the built host's other log providers, when there is a
    /// host, get them too. The host is disposed.</summary>
    public static async Task<int> ReportAsync(IConfiguration configuration, WebApplication? app, IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(lines);
        using (var console = LoggerFactory.Create(logging =>
               {
                   logging.AddConfiguration(configuration.GetSection("Logging"));
                   logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
                   if (string.IsNullOrEmpty(configuration["Logging:Console:FormatterName"]))
                   {
                       logging.AddSimpleConsole(o => o.SingleLine = true);
                   }
               }))
        {
            Log(console.CreateLogger(Category), lines);
        }

        if (app is not null)
        {
            foreach (var provider in app.Services.GetServices<ILoggerProvider>().Where(p => p is not ConsoleLoggerProvider))
            {
                Log(provider.CreateLogger(Category), lines);
            }

            await app.DisposeAsync();
        }

        return ExitCode;
    }

    private static void Log(ILogger logger, IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            LogRefusal(logger, line);
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Refusal}")]
    private static partial void LogRefusal(ILogger logger, string refusal);
}
