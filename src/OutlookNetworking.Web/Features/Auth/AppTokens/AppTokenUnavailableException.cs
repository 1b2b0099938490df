namespace OutlookNetworking.Web.Features.Auth.AppTokens;

/// <summary>No app-only token could be acquired for a tenant. The message is safe to show to an admin.</summary>
public sealed class AppTokenUnavailableException : Exception
{
    public AppTokenUnavailableException()
    {
    }

    public AppTokenUnavailableException(string message)
        : base(message)
    {
    }

    public AppTokenUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
