using Microsoft.AspNetCore.DataProtection;
using OutlookNetworking.Web.Hosting.Startup;

namespace OutlookNetworking.Web.Features.Security.Keys;

/// <summary>
/// Encrypts the data-protection keys at rest with a certificate (<see cref="DataProtectionKeyOptions"/>), so the keys stored
/// beside the data (<c>data_protection_keys</c>) are useless to whoever reads a backup or replica without the certificate.
/// Any environment but Development without a certificate refuses to start (Staging too, as the other production settings), unless <c>DataProtection:AllowUnprotectedKeys</c> says otherwise
/// (then a warning at every start). Development and demo mode may run without one.
/// </summary>
internal static class DataProtectionKeysExtensions
{
    public static void ProtectKeysAtRest(this IDataProtectionBuilder dataProtection, WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DataProtectionKeyOptions.SectionName).Get<DataProtectionKeyOptions>()
            ?? new DataProtectionKeyOptions();
        if (options.Certificate.IsConfigured)
        {
            var certificate = KeyEncryptionCertificate.Load(options.Certificate);
            dataProtection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
            return;
        }

        if (builder.Environment.IsDevelopment())
        {
            return;
        }

        if (!options.AllowUnprotectedKeys)
        {
            throw new ConfigurationRefusedException(new ConfigurationRefusal(DataProtectionKeyOptions.SectionName + ":Certificate:Path",
                "is not set: no certificate protects the data-protection keys, so they would be stored unencrypted in the database, and a backup of it could forge admin cookies and digest links",
                "Set it to a .pfx file (or DataProtection:Certificate:Thumbprint for the machine store, or DataProtection:Certificate:KeyVaultUri with KeyVaultCertificateName), or set DataProtection:AllowUnprotectedKeys=true to accept the risk."));
        }

        builder.Services.AddHostedService<UnprotectedKeysWarning>();
    }
}
