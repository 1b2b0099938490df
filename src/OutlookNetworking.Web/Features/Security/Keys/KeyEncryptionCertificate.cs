using System.Security.Cryptography.X509Certificates;
using Azure.Identity;
using Azure.Security.KeyVault.Certificates;
using OutlookNetworking.Web.Hosting.Startup;

namespace OutlookNetworking.Web.Features.Security.Keys;

/// <summary>Loads the certificate of <see cref="DataProtectionKeyOptions.Certificate"/>: a file, the machine's store, or
/// Azure Key Vault (Azure.Security.KeyVault.Certificates, with its private key). A configured certificate that cannot be
/// loaded, or has no private key, refuses the start.</summary>
internal static class KeyEncryptionCertificate
{
    private const string Section = DataProtectionKeyOptions.SectionName + ":Certificate:";

    public static X509Certificate2 Load(DataProtectionKeyOptions.CertificateSource source)
    {
        var (key, certificate) = LoadFrom(source);
        if (!certificate.HasPrivateKey)
        {
            throw Refused(key, "names a certificate without its private key, so stored keys could be encrypted but never read again",
                "Point it at a certificate with its private key (a .pfx file, or the store entry with its key).");
        }

        return certificate;
    }

    private static (string Key, X509Certificate2 Certificate) LoadFrom(DataProtectionKeyOptions.CertificateSource source)
    {
        if (!string.IsNullOrWhiteSpace(source.Path))
        {
            const string PathKey = Section + "Path";
            if (!File.Exists(source.Path))
            {
                throw Refused(PathKey, "names a file that does not exist", "Set it to the .pfx file of the key-encryption certificate.");
            }

            try
            {
                return (PathKey, X509CertificateLoader.LoadPkcs12FromFile(source.Path, source.Password));
            }
            catch (System.Security.Cryptography.CryptographicException)
            {
                throw Refused(PathKey, "names a file that is not a PKCS#12 certificate this password opens",
                    $"Check the file and {Section}Password.");
            }
        }

        if (!string.IsNullOrWhiteSpace(source.Thumbprint))
        {
            const string ThumbprintKey = Section + "Thumbprint";
            var location = Enum.TryParse<StoreLocation>(source.StoreLocation, ignoreCase: true, out var parsed) ? parsed : StoreLocation.CurrentUser;
            using var store = new X509Store(StoreName.My, location);
            store.Open(OpenFlags.ReadOnly);
            var found = store.Certificates.Find(X509FindType.FindByThumbprint, source.Thumbprint.Replace(" ", "", StringComparison.Ordinal), validOnly: false);
            return found.Count > 0
                ? (ThumbprintKey, found[0])
                : throw Refused(ThumbprintKey, $"matches no certificate in the {location}/My store",
                    "Import the certificate with its private key, or correct the thumbprint.");
        }

        const string VaultKey = Section + "KeyVaultUri";
        try
        {
            var client = new CertificateClient(source.KeyVaultUri!, new DefaultAzureCredential());
            return (VaultKey, client.DownloadCertificate(source.KeyVaultCertificateName!).Value);
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or AuthenticationFailedException or CredentialUnavailableException)
        {
            throw Refused(VaultKey, $"names a vault the certificate {source.KeyVaultCertificateName} could not be read from ({ex.GetType().Name})",
                "Give the host's identity get permission on the certificate and its secret, and check the vault address and name.");
        }
    }

    /// <summary>A refused start naming the setting as an admin writes it (one log line, exit code 1; see StartupRefusals).</summary>
    private static ConfigurationRefusedException Refused(string key, string why, string whatToDo) =>
        new(new ConfigurationRefusal(key, why, whatToDo));
}
