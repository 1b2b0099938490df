namespace OutlookNetworking.Cli.Commands.AppRegistration;

/// <summary>What <c>app-registration</c> was asked for: the manifest of a host, or the federated credential of a
/// managed identity.</summary>
internal sealed record AppRegistrationArguments(Uri? Host, Guid? ClientId, Guid? TenantId, Guid? ManagedIdentityObjectId)
{
    public const string Usage = """
        usage: app-registration --host https://HOST [--client-id GUID]
                                           the app registration's manifest (Microsoft Graph application JSON);
                                           --client-id adds identifierUris (api://HOST/CLIENT-ID)
               app-registration --federated-credential --tenant GUID --managed-identity-object-id GUID
                                           the federated identity credential of the host's managed identity
        """;

    public bool FederatedCredential => ManagedIdentityObjectId is not null;

    /// <summary>The arguments, or null after writing why and the usage to <paramref name="error"/>.</summary>
    public static AppRegistrationArguments? Parse(string[] args, TextWriter error)
    {
        Uri? host = null;
        Guid? clientId = null, tenantId = null, identity = null;
        var federated = false;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--host" when value is not null && TryParseHost(value, out var parsed):
                    host = parsed;
                    i++;
                    break;
                case "--client-id" when Guid.TryParse(value, out var id):
                    clientId = id;
                    i++;
                    break;
                case "--tenant" when Guid.TryParse(value, out var id):
                    tenantId = id;
                    i++;
                    break;
                case "--managed-identity-object-id" when Guid.TryParse(value, out var id):
                    identity = id;
                    i++;
                    break;
                case "--federated-credential":
                    federated = true;
                    break;
                default:
                    return Refuse(error, $"unexpected argument '{args[i]}', or a missing or malformed value after it "
                                         + "(--host: an absolute https URL without query; the ids: GUIDs)");
            }
        }

        if (federated)
        {
            return tenantId is null || identity is null || host is not null || clientId is not null
                ? Refuse(error, "--federated-credential takes --tenant and --managed-identity-object-id, and nothing else")
                : new AppRegistrationArguments(null, null, tenantId, identity);
        }

        return host is null || tenantId is not null || identity is not null
            ? Refuse(error, "--host is required (the public https origin, App:PublicBaseUrl)")
            : new AppRegistrationArguments(host, clientId, null, null);
    }

    private static bool TryParseHost(string value, out Uri host)
    {
        host = null!;
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return false;
        }

        host = uri;
        return true;
    }

    private static AppRegistrationArguments? Refuse(TextWriter error, string why)
    {
        error.WriteLine($"app-registration: {why}.");
        error.WriteLine(Usage);
        return null;
    }
}
