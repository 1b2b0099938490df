namespace OutlookNetworking.Web.Hosting.Startup;

/// <summary>
/// <c>AzureAd:ClientCredentials</c>: at least one entry that is not skipped and carries what its source type needs (a
/// certificate's location, a managed identity, a secret). The first usable one signs the app's token requests.
/// </summary>
internal static class ClientCredentialSettings
{
    private const string Section = "AzureAd:ClientCredentials";

    private const string WhatToDo = "Add a certificate (StoreWithThumbprint, Path, KeyVault, Base64Encoded), a "
        + "SignedAssertionFromManagedIdentity entry (the Azure template's federated credential) or a ClientSecret; docs/admin-guide.md, \"Credentials\".";

    /// <summary>Each source type and the keys an entry of it needs.</summary>
    private static readonly Dictionary<string, string[]> Needs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["StoreWithThumbprint"] = ["CertificateStorePath", "CertificateThumbprint"],
        ["StoreWithDistinguishedName"] = ["CertificateStorePath", "CertificateDistinguishedName"],
        ["Path"] = ["CertificateDiskPath"],
        ["KeyVault"] = ["KeyVaultUrl", "KeyVaultCertificateName"],
        ["Base64Encoded"] = ["Base64EncodedValue"],
        ["SignedAssertionFromManagedIdentity"] = [],
        ["ClientSecret"] = ["ClientSecret"],
    };

    public static IEnumerable<ConfigurationRefusal> Check(IConfiguration configuration)
    {
        var entries = configuration.GetSection(Section).GetChildren().ToList();
        var usable = 0;
        foreach (var entry in entries.Where(e => !string.Equals(e["Skip"], "true", StringComparison.OrdinalIgnoreCase)))
        {
            var sourceType = entry["SourceType"];
            if (sourceType is null || !Needs.TryGetValue(sourceType, out var needs))
            {
                yield return new(entry.Path + ":SourceType", $"is not a known credential source: {SettingForms.Quote(sourceType)}",
                    "Use one of " + string.Join(", ", Needs.Keys) + ", or set \"Skip\": true on the entry.");
                continue;
            }

            var missing = needs.Where(k => string.IsNullOrWhiteSpace(entry[k])).ToList();
            foreach (var key in missing)
            {
                yield return new($"{entry.Path}:{key}", $"is not set, and a {sourceType} credential needs it",
                    "Set it, or set \"Skip\": true on the entry.");
            }

            if (entry["KeyVaultUrl"] is { Length: > 0 } vault && !SettingForms.IsHttpsUrl(vault))
            {
                yield return new(entry.Path + ":KeyVaultUrl", $"must be the vault's https URL, not {SettingForms.Quote(vault)}",
                    "Copy the vault URI from the Key Vault's overview, e.g. https://contoso-vault.vault.azure.net/.");
                continue;
            }

            if (entry["ManagedIdentityClientId"] is { Length: > 0 } identity && !SettingForms.IsGuid(identity))
            {
                yield return new(entry.Path + ":ManagedIdentityClientId", $"must be the identity's client id (GUID), not {SettingForms.Quote(identity)}",
                    "Copy the client id of the user-assigned managed identity, or remove it to use the system-assigned identity.");
                continue;
            }

            if (missing.Count == 0)
            {
                usable++;
            }
        }

        if (usable == 0 && entries.Count == 0)
        {
            yield return new(Section, "has no entry: the app cannot get the tokens it reads mailboxes with", WhatToDo);
        }
        else if (usable == 0 && entries.All(e => string.Equals(e["Skip"], "true", StringComparison.OrdinalIgnoreCase)))
        {
            yield return new(Section, "has only skipped entries (\"Skip\": true): the app cannot get the tokens it reads mailboxes with", WhatToDo);
        }
    }
}
