using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookNetworking.Web.Hosting;

namespace OutlookNetworking.Cli.Commands.AppRegistration;

/// <summary>
/// <c>app-registration --host https://HOST [--client-id GUID]</c>: prints the app registration of a host as Microsoft
/// Graph <c>application</c> JSON (<see cref="ApplicationManifest"/>); <c>app-registration --federated-credential --tenant
/// GUID --managed-identity-object-id GUID</c>: the federated identity credential of the host's managed identity
/// (<see cref="FederatedCredential"/>). One JSON document on stdout; docs/admin-guide.md, "Register the app", applies them.
/// </summary>
internal static class AppRegistrationCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (AppRegistrationArguments.Parse(args, error) is not { } arguments)
        {
            return ExitCodes.Usage;
        }

        JsonObject document = arguments.FederatedCredential
            ? FederatedCredential.Build(arguments.TenantId!.Value, arguments.ManagedIdentityObjectId!.Value)
            : ApplicationManifest.Build(arguments.Host!, arguments.ClientId);
        output.WriteLine(document.ToJsonString(Indented));
        if (!arguments.FederatedCredential && arguments.ClientId is null)
        {
            error.WriteLine("app-registration: no identifierUris without --client-id: once the app exists, run again with "
                            + "--client-id and apply the result (PATCH) to set api://HOST/CLIENT-ID.");
        }

        return ExitCodes.Ok;
    }
}
