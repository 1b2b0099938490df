using OutlookNetworking.GraphSimulator.Generator;

namespace OutlookNetworking.Web.Tests.Reliability;

/// <summary>The tenant the chaos tests sync: 8 users over 2 months (generated once per test run, deterministic).</summary>
internal static class ChaosTenant
{
    private static readonly Lazy<string> Tenant = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), $"on-tests-{Environment.ProcessId}-chaos");
        if (!File.Exists(Path.Combine(path, "tenant.json")))
        {
            TenantGenerator.Generate(new TenantGeneratorOptions { OutputPath = path, Users = 8, Months = 2, Seed = 23 });
        }

        return path;
    });

    public static string Folder => Tenant.Value;
}
