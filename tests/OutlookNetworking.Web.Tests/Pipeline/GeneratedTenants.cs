using OutlookNetworking.GraphSimulator.Generator;

namespace OutlookNetworking.Web.Tests.Pipeline;

/// <summary>Generated tenant snapshots shared by the tests of a run (generated once, deterministic).</summary>
internal static class GeneratedTenants
{
    private static readonly Lazy<string> SmallTenant = new(() => Generate("small", users: 8, months: 4, seed: 11));
    private static readonly Lazy<string> DemoTenant = new(() => Generate("demo", users: 40, months: 12, seed: 7));

    /// <summary>8 users over 4 months: quick to sync in every test.</summary>
    public static string Small => SmallTenant.Value;

    /// <summary>The default demo tenant (40 users, 12 months, seed 7), as <c>dotnet run</c> generates it.</summary>
    public static string Demo => DemoTenant.Value;

    public static string Contoso => Path.Combine(AppContext.BaseDirectory, "Fixtures", "contoso-stories");

    private static string Generate(string name, int users, int months, int seed)
    {
        var path = Path.Combine(Path.GetTempPath(), $"on-tests-{Environment.ProcessId}-{name}");
        if (!File.Exists(Path.Combine(path, "tenant.json")))
        {
            TenantGenerator.Generate(new TenantGeneratorOptions { OutputPath = path, Users = users, Months = months, Seed = seed });
        }

        return path;
    }
}
