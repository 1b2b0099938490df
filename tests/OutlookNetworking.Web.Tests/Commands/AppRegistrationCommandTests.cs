using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OutlookNetworking.Cli.Commands;
using OutlookNetworking.Graph.Permissions;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Commands;

/// <summary><c>outlooknetworking app-registration</c>: the app registration a host needs, from the product's own list of
/// permissions, routes and names, checked against what the running host requests, maps and serves.</summary>
public sealed class AppRegistrationCommandTests
{
    private const string PublicBaseUrl = "https://networking.contoso.example";

    /// <summary>Microsoft Graph application permission ids as Microsoft publishes them (Graph permissions reference;
    /// the Microsoft Graph service principal's appRoles): the test's own copy, not the product's.</summary>
    private static readonly Dictionary<string, string> PublishedApplicationPermissionIds = new(StringComparer.Ordinal)
    {
        ["693c5e45-0940-467d-9b8a-1022fb9d42ef"] = "Mail.ReadBasic.All",
        ["8ba4a692-bc31-4128-9094-475872af8a53"] = "Calendars.ReadBasic.All",
        ["df021288-bdef-4463-88db-98f22de89214"] = "User.Read.All",
        ["40f97065-369a-49f4-947c-6a255697ae91"] = "MailboxSettings.Read",
        ["98830695-27a2-44f7-8c18-0c3ebc9698f6"] = "GroupMember.Read.All",
        ["b633e1c5-b582-4048-a93e-9f11b44c7e96"] = "Mail.Send",
        ["798ee544-9d2d-430c-a058-570e29e34338"] = "Calendars.Read",
    };

    /// <summary>Properties of Microsoft Graph's <c>application</c> resource (v1.0) the manifest may set.</summary>
    private static readonly HashSet<string> GraphApplicationProperties =
    [
        "displayName", "signInAudience", "identifierUris", "groupMembershipClaims", "api", "appRoles", "web", "spa",
        "requiredResourceAccess", "optionalClaims", "publicClient", "info", "tags", "notes",
    ];

    [Fact]
    public async Task Manifest_RequestsExactlyWhatTheConsentPageShows_ByMicrosoftsPublishedIds()
    {
        var manifest = await ManifestAsync("--host", PublicBaseUrl);
        var graph = Assert.Single(manifest.GetProperty("requiredResourceAccess").EnumerateArray());
        var access = graph.GetProperty("resourceAccess").EnumerateArray().ToList();
        var requestedNames = access.Select(a => PublishedApplicationPermissionIds[a.GetProperty("id").GetString()!]).Order(StringComparer.Ordinal).ToList();

        await using var host = new ProductionTestHost();
        await host.StartAsync();
        using var browser = host.CreateBrowser();
        var page = await browser.GetStringAsync(new Uri("/admin/consent", UriKind.Relative));
        var table = page[page.IndexOf("<tbody>", StringComparison.Ordinal)..page.IndexOf("</tbody>", StringComparison.Ordinal)];
        var shownNames = Regex.Matches(table, "<td><code>([^<]+)</code>").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal).ToList();

        Assert.Equal("00000003-0000-0000-c000-000000000000", graph.GetProperty("resourceAppId").GetString());
        Assert.All(access, a => Assert.Equal("Role", a.GetProperty("type").GetString())); // application permissions
        Assert.Equal(shownNames, requestedNames);
        Assert.Equal(GraphPermissions.Requested.Select(p => p.Name).Order(StringComparer.Ordinal), requestedNames);
        Assert.Equal(["Calendars.ReadBasic.All", "GroupMember.Read.All", "Mail.ReadBasic.All", "Mail.Send", "MailboxSettings.Read", "User.Read.All"],
            requestedNames);
        Assert.All(GraphPermissions.All, p => Assert.Equal(p.Name, PublishedApplicationPermissionIds[p.Id.ToString("D")]));
    }

    [Fact]
    public async Task Manifest_RedirectUris_AreTheRoutesTheHostMapsUnderPublicBaseUrl()
    {
        var manifest = await ManifestAsync("--host", PublicBaseUrl);
        var web = Strings(manifest.GetProperty("web").GetProperty("redirectUris"));
        var spa = Strings(manifest.GetProperty("spa").GetProperty("redirectUris"));

        await using var host = new ProductionTestHost(settings: new Dictionary<string, string> { ["App:PublicBaseUrl"] = PublicBaseUrl });
        await host.StartAsync();
        using var browser = host.CreateBrowser();
        await ConsentFlow.SignInAsync(browser, Guid.NewGuid()); // consent starts only for a signed-in admin
        var consentRedirect = QueryHelpers.ParseQuery((await ConsentFlow.StartAsync(browser)).Query)["redirect_uri"].ToString();
        var signIn = host.Services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(Web.Features.Admin.AdminPolicies.OpenIdConnectScheme);
        using var dialog = await browser.GetAsync(new Uri("/taskpane/auth-dialog.html", UriKind.Relative));

        Assert.Equal([consentRedirect, PublicBaseUrl + signIn.CallbackPath], web);
        Assert.Equal(PublicBaseUrl + "/admin/consent/callback", consentRedirect);
        Assert.Equal(HttpStatusCode.OK, dialog.StatusCode);
        Assert.Equal(["brk-multihub://networking.contoso.example", PublicBaseUrl + "/taskpane/auth-dialog.html"], spa);
    }

    [Fact]
    public async Task ReadmeAndManifestReadme_NameTheManifestsRedirectUris()
    {
        var manifest = await ManifestAsync("--host", PublicBaseUrl);
        var readme = await File.ReadAllTextAsync(Deployment.RepositoryRoot.File("README.md"));
        var addInReadme = await File.ReadAllTextAsync(Deployment.RepositoryRoot.File("manifest", "README.md"));
        static string Placeholder(string uri) => uri.Replace("networking.contoso.example", "<host>", StringComparison.Ordinal);

        Assert.All(Strings(manifest.GetProperty("web").GetProperty("redirectUris")).Select(Placeholder),
            uri => Assert.Contains($"`{uri}`", readme, StringComparison.Ordinal));
        Assert.All(Strings(manifest.GetProperty("spa").GetProperty("redirectUris")).Select(Placeholder), uri =>
        {
            Assert.Contains($"`{uri}`", readme, StringComparison.Ordinal);
            Assert.Contains($"`{uri}`", addInReadme, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Manifest_ScopeRoleAndTokens_AreWhatTheApiAndAdminPagesCheck()
    {
        var manifest = await ManifestAsync("--host", PublicBaseUrl, "--client-id", TestIds.ClientId);
        var applicationIdUri = Assert.Single(Strings(manifest.GetProperty("identifierUris")));
        var api = manifest.GetProperty("api");
        var scope = Assert.Single(api.GetProperty("oauth2PermissionScopes").EnumerateArray());
        var role = Assert.Single(manifest.GetProperty("appRoles").EnumerateArray());

        await using var host = new ProductionTestHost(settings: new Dictionary<string, string> { ["AzureAd:Audience"] = applicationIdUri });
        await host.StartAsync();
        using var client = host.CreateClient();
        var config = await client.GetJsonAsync("/api/config");

        Assert.All(manifest.EnumerateObject(), p => Assert.Contains(p.Name, GraphApplicationProperties));
        Assert.Equal("AzureADMultipleOrgs", manifest.GetProperty("signInAudience").GetString());
        Assert.Equal($"api://networking.contoso.example/{TestIds.ClientId}", applicationIdUri);
        Assert.Equal(applicationIdUri + "/" + scope.GetProperty("value").GetString(), config.GetProperty("apiScope").GetString());
        Assert.Equal("User", scope.GetProperty("type").GetString());
        Assert.True(scope.GetProperty("isEnabled").GetBoolean());
        Assert.True(Guid.TryParse(scope.GetProperty("id").GetString(), out _));
        Assert.Equal(2, api.GetProperty("requestedAccessTokenVersion").GetInt32());
        Assert.Equal("OutlookNetworking.Admin", role.GetProperty("value").GetString());
        Assert.Equal(["User"], Strings(role.GetProperty("allowedMemberTypes")));
        Assert.True(Guid.TryParse(role.GetProperty("id").GetString(), out _));
        // "DirectoryRole" (or "All") makes Entra ID emit wids, the user's directory role template ids.
        Assert.Equal("DirectoryRole", manifest.GetProperty("groupMembershipClaims").GetString());
    }

    [Fact]
    public async Task Manifest_RunTwice_SameScopeAndRoleIds()
    {
        // Applied again (PATCH) it must update the scope and role, not add others: their ids are stable.
        var first = await ManifestAsync("--host", PublicBaseUrl);
        var second = await ManifestAsync("--host", "https://other.contoso.example");

        Assert.Equal(ScopeAndRoleIds(first), ScopeAndRoleIds(second));
    }

    [Fact]
    public async Task Manifest_WithoutClientId_HasNoIdentifierUriAndSaysHowToAddIt()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CommandLine.RunAsync(["app-registration", "--host", PublicBaseUrl], output, error);

        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(output.ToString());
        Assert.False(document.RootElement.TryGetProperty("identifierUris", out _));
        Assert.Contains("--client-id", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FederatedCredential_TrustsTheManagedIdentityOfTheTenant()
    {
        const string tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
        const string identity = "0b3f1a8e-3c4d-4e5f-8a9b-1c2d3e4f5a6b";
        using var output = new StringWriter();

        var exit = await CommandLine.RunAsync(["app-registration", "--federated-credential", "--tenant", tenant,
            "--managed-identity-object-id", identity], output, TextWriter.Null);

        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(output.ToString());
        var credential = document.RootElement;
        Assert.Equal($"https://login.microsoftonline.com/{tenant}/v2.0", credential.GetProperty("issuer").GetString());
        Assert.Equal(identity, credential.GetProperty("subject").GetString());
        Assert.Equal(["api://AzureADTokenExchange"], Strings(credential.GetProperty("audiences")));
        Assert.Matches("^[A-Za-z0-9_-]{3,120}$", credential.GetProperty("name").GetString()!);
    }

    [Theory]
    [InlineData("")]
    [InlineData("--host")]
    [InlineData("--host http://networking.contoso.example")]
    [InlineData("--host networking.contoso.example")]
    [InlineData("--host https://networking.contoso.example/?x=1")]
    [InlineData("--host https://networking.contoso.example --client-id not-a-guid")]
    [InlineData("--host https://networking.contoso.example --frobnicate")]
    [InlineData("--federated-credential --tenant 72f988bf-86f1-41af-91ab-2d7cd011db47")]
    [InlineData("--federated-credential --tenant 72f988bf-86f1-41af-91ab-2d7cd011db47 --managed-identity-object-id 0b3f1a8e-3c4d-4e5f-8a9b-1c2d3e4f5a6b --host https://networking.contoso.example")]
    public async Task BadUsage_ExitsTwoWithUsageAndNothingOnStdout(string arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CommandLine.RunAsync(["app-registration", .. arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)], output, error);

        Assert.Equal(2, exit);
        Assert.Equal("", output.ToString());
        Assert.Contains("usage: app-registration --host https://HOST", error.ToString(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> ManifestAsync(params string[] arguments)
    {
        using var output = new StringWriter();
        var exit = await CommandLine.RunAsync(["app-registration", .. arguments], output, TextWriter.Null);
        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(output.ToString()); // the whole of stdout is one document
        return document.RootElement.Clone();
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    private static (string?, string?) ScopeAndRoleIds(JsonElement manifest) =>
        (manifest.GetProperty("api").GetProperty("oauth2PermissionScopes")[0].GetProperty("id").GetString(),
         manifest.GetProperty("appRoles")[0].GetProperty("id").GetString());
}
