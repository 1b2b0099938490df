namespace OutlookNetworking.Web.Hosting;

/// <summary>The process exit codes of every host and command (the production host, the demo, the CLI).</summary>
public static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Ok = 0;

    /// <summary>The command failed, or the configuration was refused (the message on stderr says why).</summary>
    public const int Failure = 1;

    /// <summary>Bad usage: an unknown command, a missing or malformed argument (the usage goes to stderr).</summary>
    public const int Usage = 2;
}
