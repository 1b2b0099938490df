using OutlookNetworking.GraphSimulator.Generator;

namespace OutlookNetworking.Web.Tests.Reliability;

/// <summary>The tenant the crash and load tests run nights over: 12 users over 3 months (generated once per test run,
/// deterministic).</summary>
internal static class CrashTenant
{
    private static readonly Lazy<string> Tenant = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), $"on-tests-{Environment.ProcessId}-crash");
        if (!File.Exists(Path.Combine(path, "tenant.json")))
        {
            TenantGenerator.Generate(new TenantGeneratorOptions { OutputPath = path, Users = 12, Months = 3, Seed = 41 });
        }

        return path;
    });

    public static string Folder => Tenant.Value;
}
