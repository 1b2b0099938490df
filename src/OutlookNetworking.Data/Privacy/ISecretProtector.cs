namespace OutlookNetworking.Data.Privacy;

/// <summary>Protects the application's own secrets at rest (<see cref="AppSecretEntity"/>). The web host uses ASP.NET Core
/// data protection (its keys are encrypted with the configured certificate); the default here, for tools and tests that
/// have no data protection, stores the value as it is.</summary>
public interface ISecretProtector
{
    /// <summary>False for <see cref="UnprotectedSecrets"/>: a secret it stored is protected again by the first host that
    /// protects.</summary>
    bool ProtectsAtRest { get; }

    string Protect(byte[] secret);

    byte[] Unprotect(string protectedValue);
}

/// <summary>No protection: <c>plain:</c> + Base64. Replaced by the web host's data-protection protector.</summary>
public sealed class UnprotectedSecrets : ISecretProtector
{
    public const string Prefix = "plain:";

    public bool ProtectsAtRest => false;

    public string Protect(byte[] secret) => Prefix + Convert.ToBase64String(secret);

    public byte[] Unprotect(string protectedValue) => Convert.FromBase64String(protectedValue[Prefix.Length..]);
}
