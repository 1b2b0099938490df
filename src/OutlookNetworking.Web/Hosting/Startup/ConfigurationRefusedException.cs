namespace OutlookNetworking.Web.Hosting.Startup;

/// <summary>
/// Thrown during start-up (composition, an options validator, a hosted service's start) when configuration makes the
/// host refuse to run. <c>Program</c> logs each refusal as one line and exits with code 1, without a stack trace.
/// </summary>
public sealed class ConfigurationRefusedException : Exception
{
    public ConfigurationRefusedException(IReadOnlyList<ConfigurationRefusal> refusals)
        : base(string.Join(Environment.NewLine, refusals))
    {
        Refusals = refusals;
    }

    public ConfigurationRefusedException(ConfigurationRefusal refusal)
        : this([refusal])
    {
    }

    public ConfigurationRefusedException()
        : this([])
    {
    }

    public ConfigurationRefusedException(string message)
        : base(message)
    {
        Refusals = [];
    }

    public ConfigurationRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Refusals = [];
    }

    public IReadOnlyList<ConfigurationRefusal> Refusals { get; }
}
