namespace OutlookNetworking.Web.Features.Security.Keys;

/// <summary>The host must not start: a setting is missing or unsafe. <see cref="LogLine"/> is the one line the host writes
/// before it exits with code 1 (no stack trace): the key as an admin writes it (configuration and environment variable),
/// why, and what to do.</summary>
public sealed class StartupRefusedException : Exception
{
    public StartupRefusedException()
    {
    }

    public StartupRefusedException(string message)
        : base(message)
    {
    }

    public StartupRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StartupRefusedException(string configurationKey, string reason, string remedy)
        : base($"Startup refused: {configurationKey} (environment variable {configurationKey.Replace(":", "__", StringComparison.Ordinal)}): {reason} {remedy}")
    {
        ConfigurationKey = configurationKey;
    }

    public string? ConfigurationKey { get; }

    /// <summary>The single log line: "crit: " and the message on one line.</summary>
    public string LogLine => "crit: " + Message.ReplaceLineEndings(" ");
}
