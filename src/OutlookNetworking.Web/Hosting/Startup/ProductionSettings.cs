using OutlookNetworking.Web.Features.Consent;

namespace OutlookNetworking.Web.Hosting.Startup;

/// <summary>
/// What a production host needs before it starts (every environment but Development): each missing or malformed
/// setting is one <see cref="ConfigurationRefusal"/>. Read from the raw configuration, before any service exists, so a
/// refusal starts nothing. The options classes keep validating their own ranges on start.
/// </summary>
public static class ProductionSettings
{
    /// <summary>The settings every production deployment sets (the Azure template sets each of them).</summary>
    public static IReadOnlyList<string> RequiredKeys { get; } =
    [
        "AzureAd:ClientId", "AzureAd:ClientCredentials", "App:PublicBaseUrl", "Digest:SenderMailbox", "AllowedHosts",
    ];

    /// <summary>The refusals for <paramref name="configuration"/>; empty when the host may start.</summary>
    public static IReadOnlyList<ConfigurationRefusal> Check(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var refusals = new List<ConfigurationRefusal>();
        CheckEntraId(configuration, refusals);
        refusals.AddRange(ClientCredentialSettings.Check(configuration));
        CheckPublicOrigin(configuration, refusals);
        CheckDigest(configuration, refusals);
        refusals.AddRange(StorageSettings.Check(configuration));
        refusals.AddRange(ForwardedHeadersSettings.Check(configuration));
        CheckOptionalForms(configuration, refusals);
        return refusals;
    }

    private static void CheckEntraId(IConfiguration configuration, List<ConfigurationRefusal> refusals)
    {
        var clientId = configuration["AzureAd:ClientId"];
        if (string.IsNullOrWhiteSpace(clientId))
        {
            refusals.Add(new("AzureAd:ClientId", "is not set",
                "Set it to the application (client) id of the app registration (docs/admin-guide.md, \"Register the app\")."));
        }
        else if (!SettingForms.IsGuid(clientId))
        {
            refusals.Add(new("AzureAd:ClientId", $"must be a GUID, not {SettingForms.Quote(clientId)}",
                "Copy the application (client) id from the app registration's overview in the Entra admin center."));
        }

        if (configuration["AzureAd:Instance"] is { Length: > 0 } instance && !SettingForms.IsHttpsUrl(instance))
        {
            refusals.Add(new("AzureAd:Instance", $"must be an https URL, not {SettingForms.Quote(instance)}",
                "Remove it for the public cloud (https://login.microsoftonline.com/) or set your cloud's sign-in URL."));
        }

        if (configuration["AzureAd:Audience"] is { Length: > 0 } audience
            && !SettingForms.IsGuid(audience) && !Uri.TryCreate(audience, UriKind.Absolute, out _))
        {
            refusals.Add(new("AzureAd:Audience", $"must be the Application ID URI (api://host/CLIENT-ID) or the client id, not {SettingForms.Quote(audience)}",
                "Copy the Application ID URI from the app registration's \"Expose an API\" page, or remove the setting."));
        }
    }

    private static void CheckPublicOrigin(IConfiguration configuration, List<ConfigurationRefusal> refusals)
    {
        var publicBaseUrl = configuration["App:PublicBaseUrl"];
        if (string.IsNullOrWhiteSpace(publicBaseUrl))
        {
            refusals.Add(new("App:PublicBaseUrl", "is not set",
                "Set it to the https origin users reach, e.g. https://networking.contoso.com: consent, digest links and the manifest are built from it."));
        }
        else if (!SettingForms.IsHttpsUrl(publicBaseUrl))
        {
            refusals.Add(new("App:PublicBaseUrl", $"must be an absolute https URL without query, not {SettingForms.Quote(publicBaseUrl)}",
                "Set the https origin users reach (TLS ends at your reverse proxy or the platform; docs/admin-guide.md)."));
        }
        else if (configuration["Consent:RedirectUri"] is { Length: > 0 } redirect
                 && !string.Equals(redirect, publicBaseUrl.TrimEnd('/') + ConsentRoutes.Callback, StringComparison.Ordinal))
        {
            refusals.Add(new("Consent:RedirectUri", $"must equal App:PublicBaseUrl + {ConsentRoutes.Callback} ({publicBaseUrl.TrimEnd('/')}{ConsentRoutes.Callback}), not {SettingForms.Quote(redirect)}",
                "Remove Consent:RedirectUri (it is derived from App:PublicBaseUrl) or correct it; register the same URI on the app."));
        }

        var hosts = configuration["AllowedHosts"];
        if (string.IsNullOrWhiteSpace(hosts) || hosts.Split(';', StringSplitOptions.TrimEntries).Any(h => h is "*" or ""))
        {
            refusals.Add(new("AllowedHosts", hosts is null ? "is not set" : $"must name the host names served, not {SettingForms.Quote(hosts)}",
                "Set the public host name(s), separated by ';', e.g. networking.contoso.com (the host of App:PublicBaseUrl)."));
        }
    }

    private static void CheckDigest(IConfiguration configuration, List<ConfigurationRefusal> refusals)
    {
        if (string.Equals(configuration["Digest:Enabled"], "false", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var sender = configuration["Digest:SenderMailbox"];
        if (string.IsNullOrWhiteSpace(sender))
        {
            refusals.Add(new("Digest:SenderMailbox", "is not set",
                "Set the mailbox the morning digest is sent from (e.g. networking-digest@contoso.com), or set Digest:Enabled=false to send none."));
        }
        else if (!SettingForms.IsMailAddress(sender))
        {
            refusals.Add(new("Digest:SenderMailbox", $"must be a user principal name or SMTP address, not {SettingForms.Quote(sender)}",
                "Set the sender mailbox's address, e.g. networking-digest@contoso.com."));
        }
    }

    private static void CheckOptionalForms(IConfiguration configuration, List<ConfigurationRefusal> refusals)
    {
        if (configuration["Admin:OperatorTenantId"] is { Length: > 0 } operatorTenant && !SettingForms.IsGuid(operatorTenant))
        {
            refusals.Add(new("Admin:OperatorTenantId", $"must be a tenant id (GUID), not {SettingForms.Quote(operatorTenant)}",
                "Set the Entra tenant id of whoever operates this deployment, or remove the setting."));
        }

        if (configuration["OpenTelemetry:OtlpEndpoint"] is { Length: > 0 } endpoint && !SettingForms.IsHttpUrl(endpoint))
        {
            refusals.Add(new("OpenTelemetry:OtlpEndpoint", $"must be an absolute http(s) URL, not {SettingForms.Quote(endpoint)}",
                "Set the OTLP collector's URL (e.g. http://otel-collector:4317), or remove it to export no telemetry."));
        }
    }
}
