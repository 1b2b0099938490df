using Microsoft.AspNetCore.DataProtection;
using OutlookNetworking.Data.Privacy;

namespace OutlookNetworking.Web.Features.Security;

/// <summary>The application's own secrets (<c>app_secrets</c>: the opt-out marker's HMAC key) protected with ASP.NET Core
/// data protection, whose keys are themselves encrypted at rest with the configured certificate: a database dump holds
/// neither in the clear.</summary>
internal sealed class DataProtectionSecrets(IDataProtectionProvider provider) : ISecretProtector
{
    private readonly IDataProtector _protector = provider.CreateProtector("OutlookNetworking.AppSecrets.v1");

    public bool ProtectsAtRest => true;

    public string Protect(byte[] secret) => Convert.ToBase64String(_protector.Protect(secret));

    public byte[] Unprotect(string protectedValue) => _protector.Unprotect(Convert.FromBase64String(protectedValue));
}
