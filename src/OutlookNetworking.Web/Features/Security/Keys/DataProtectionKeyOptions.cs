namespace OutlookNetworking.Web.Features.Security.Keys;

/// <summary>Configuration section <c>DataProtection</c>: the certificate that encrypts the data-protection keys at rest
/// (they sign admin and status cookies, digest links), first configured wins: a file, the machine's certificate store, or
/// Azure Key Vault. Without one, Production refuses to start unless <see cref="AllowUnprotectedKeys"/>.</summary>
public sealed class DataProtectionKeyOptions
{
    public const string SectionName = "DataProtection";

    public CertificateSource Certificate { get; set; } = new();

    /// <summary>Start in Production with keys stored unencrypted beside the data (a database backup or replica is then
    /// enough to forge cookies and links). Default: false. Logged as a warning at every start when used.</summary>
    public bool AllowUnprotectedKeys { get; set; }

    /// <summary>Where the key-encryption certificate comes from (with its private key).</summary>
    public sealed class CertificateSource
    {
        /// <summary>A PKCS#12 (.pfx) file.</summary>
        public string? Path { get; set; }

        /// <summary>The password of <see cref="Path"/>, if any (keep it in a secret store, not in appsettings).</summary>
        public string? Password { get; set; }

        /// <summary>The thumbprint of a certificate in the machine's store (StoreName My).</summary>
        public string? Thumbprint { get; set; }

        /// <summary>The store of <see cref="Thumbprint"/>: CurrentUser or LocalMachine. Default: CurrentUser.</summary>
        public string StoreLocation { get; set; } = "CurrentUser";

        /// <summary>An Azure Key Vault, e.g. https://contoso.vault.azure.net/ (with <see cref="KeyVaultCertificateName"/>;
        /// the host's managed identity or other DefaultAzureCredential needs get on the certificate and its secret).</summary>
        public Uri? KeyVaultUri { get; set; }

        /// <summary>The certificate's name in <see cref="KeyVaultUri"/>.</summary>
        public string? KeyVaultCertificateName { get; set; }

        public bool IsConfigured =>
            !string.IsNullOrWhiteSpace(Path) || !string.IsNullOrWhiteSpace(Thumbprint)
            || (KeyVaultUri is not null && !string.IsNullOrWhiteSpace(KeyVaultCertificateName));
    }
}
