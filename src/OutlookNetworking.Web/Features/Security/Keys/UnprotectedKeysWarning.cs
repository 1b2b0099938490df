namespace OutlookNetworking.Web.Features.Security.Keys;

/// <summary>Says at every start, as a warning, that Production runs with unencrypted data-protection keys because
/// <c>DataProtection:AllowUnprotectedKeys</c> is true.</summary>
internal sealed partial class UnprotectedKeysWarning(ILogger<UnprotectedKeysWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogUnprotected();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "DataProtection:AllowUnprotectedKeys is true: data-protection keys are stored UNENCRYPTED in the database; "
        + "anyone with a backup or replica of it can forge admin cookies and digest links. Configure DataProtection:Certificate:Path (or Thumbprint, or KeyVaultUri).")]
    private partial void LogUnprotected();
}
