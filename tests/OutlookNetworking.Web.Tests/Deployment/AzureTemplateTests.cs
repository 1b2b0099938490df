using System.Diagnostics;
using System.Text.Json.Nodes;
using OutlookNetworking.Web.Hosting.Startup;

namespace OutlookNetworking.Web.Tests.Deployment;

/// <summary>
/// deploy/azure/main.bicep compiled by the real Bicep CLI (scripts/bicep.sh fetches it on a fresh machine): it builds and
/// lints without a warning, and the ARM template it makes holds the resources of the deployment and, on both apps, every
/// setting a production host refuses to start without.
/// </summary>
public sealed class AzureTemplateTests
{
    private static readonly Lazy<Task<JsonObject>> Template = new(CompileAsync);

    [Fact]
    public async Task Lint_MainTemplate_NoWarning()
    {
        var (exitCode, output) = await BicepAsync("lint", RepositoryRoot.File("deploy", "azure", "main.bicep"));

        Assert.Equal(0, exitCode);
        Assert.Equal("", output.Trim());
    }

    [Fact]
    public async Task Build_MainTemplate_HoldsEveryResourceOfTheDeployment()
    {
        var template = await Template.Value;
        var types = Resources(template).Select(r => (string)r["type"]!).ToList();

        foreach (var type in new[]
                 {
                     "Microsoft.ManagedIdentity/userAssignedIdentities", "Microsoft.KeyVault/vaults", "Microsoft.KeyVault/vaults/keys",
                     "Microsoft.KeyVault/vaults/secrets", "Microsoft.DBforPostgreSQL/flexibleServers",
                     "Microsoft.DBforPostgreSQL/flexibleServers/databases", "Microsoft.Web/serverfarms", "Microsoft.Web/sites",
                     "Microsoft.Web/sites/config",
                 })
        {
            Assert.Contains(type, types);
        }

        Assert.Equal(2, types.Count(t => t == "Microsoft.Authorization/roleAssignments")); // secrets and crypto user on the vault
        Assert.Equal(["web", "worker"], template["variables"]!["roles"]!.AsArray().Select(r => (string)r!));
        var site = Assert.Single(Resources(template), r => (string)r["type"]! == "Microsoft.Web/sites");
        Assert.Equal("[length(variables('roles'))]", (string)site["copy"]!["count"]!); // one site per role
        var config = site["properties"]!["siteConfig"]!;
        Assert.Contains("dotnet OutlookNetworking.Web.dll --role {0}", (string)config["appCommandLine"]!, StringComparison.Ordinal);
        Assert.Equal("/readyz", (string)config["healthCheckPath"]!);
        Assert.True((bool)site["properties"]!["httpsOnly"]!);
        Assert.Equal("UserAssigned", (string)site["identity"]!["type"]!);
    }

    [Fact]
    public async Task Build_MainTemplate_SetsEveryRequiredProductionSetting()
    {
        var settings = AppSettings(await Template.Value);

        foreach (var key in ProductionSettings.RequiredKeys.Where(k => k != "AzureAd:ClientCredentials"))
        {
            Assert.True(settings.ContainsKey(key.Replace(":", "__", StringComparison.Ordinal)), key + " is not an app setting");
        }

        Assert.Equal("Production", (string)settings["ASPNETCORE_ENVIRONMENT"]!);
        Assert.Equal("SignedAssertionFromManagedIdentity", (string)settings["AzureAd__ClientCredentials__0__SourceType"]!);
        Assert.Contains("userAssignedIdentities", (string)settings["AzureAd__ClientCredentials__0__ManagedIdentityClientId"]!, StringComparison.Ordinal);
        Assert.DoesNotContain(settings, s => s.Key.EndsWith("ClientSecret", StringComparison.Ordinal)); // no secret: a federated credential
        Assert.Equal("PostgreSql", (string)settings["Storage__Provider"]!);
        Assert.Equal("PostgreSql", (string)settings["Hangfire__Storage"]!);
        Assert.StartsWith("[format('@Microsoft.KeyVault(SecretUri={0})'", (string)settings["Storage__ConnectionString"]!, StringComparison.Ordinal);
        Assert.StartsWith("[format('@Microsoft.KeyVault(SecretUri={0})'", (string)settings["Hangfire__ConnectionString"]!, StringComparison.Ordinal);
        Assert.Contains("'https://{0}'", Variable(await Template.Value, "publicBaseUrl"), StringComparison.Ordinal);
        Assert.Contains("vaults/keys", (string)settings["DataProtection__KeyVaultKeyId"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_MainTemplate_TheDatabasePasswordIsASecureParameterAndNoOutputLeaksIt()
    {
        var template = await Template.Value;

        Assert.Equal("securestring", (string)template["parameters"]!["databaseAdminPassword"]!["type"]!);
        Assert.DoesNotContain("databaseAdminPassword", template["outputs"]!.ToJsonString(), StringComparison.Ordinal);
    }

    private static JsonObject AppSettings(JsonObject template) =>
        Assert.Single(Resources(template), r => (string)r["type"]! == "Microsoft.Web/sites/config")["properties"]!.AsObject();

    private static string Variable(JsonObject template, string name) => (string)template["variables"]![name]!;

    private static IEnumerable<JsonNode> Resources(JsonObject template) => template["resources"]!.AsArray().Select(r => r!);

    private static async Task<JsonObject> CompileAsync()
    {
        var (exitCode, output) = await BicepAsync("build", RepositoryRoot.File("deploy", "azure", "main.bicep"), "--stdout");
        Assert.Equal(0, exitCode);
        return JsonNode.Parse(output)!.AsObject();
    }

    private static async Task<(int ExitCode, string Output)> BicepAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(RepositoryRoot.File("scripts", "bicep.sh"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
