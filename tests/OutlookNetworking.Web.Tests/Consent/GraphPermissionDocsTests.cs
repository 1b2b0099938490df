using OutlookNetworking.Graph.Permissions;

namespace OutlookNetworking.Web.Tests.Consent;

/// <summary>The README and docs/security.md say, for every permission of the one list in the code, what it lets the
/// product receive and what is stored: each is named there with its published id.</summary>
public sealed class GraphPermissionDocsTests
{
    public static TheoryData<string> Documents => new() { "README.md", "docs/security.md" };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Document_NamesEveryPermissionWithItsId(string document)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), document));

        foreach (var permission in GraphPermissions.All)
        {
            Assert.Contains($"`{permission.Name}`", text, StringComparison.Ordinal);
            Assert.Contains(permission.Id.ToString("D"), text, StringComparison.Ordinal);
        }

        Assert.Contains("received", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("never stored", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Readme_ExchangeRecipe_SaysWhatItsCalendarRoleLetsThrough()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var recipe = readme[readme.IndexOf("### Limiting which mailboxes the app can reach", StringComparison.Ordinal)..];

        Assert.Contains("Application Calendars.Read", recipe, StringComparison.Ordinal);
        Assert.Contains("body", recipe, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("dropped", recipe, StringComparison.OrdinalIgnoreCase);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OutlookNetworking.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("OutlookNetworking.sln not found above " + AppContext.BaseDirectory);
    }
}
