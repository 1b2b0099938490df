using OutlookNetworking.GraphSimulator.Generator;

namespace OutlookNetworking.Web.Tests.Jobs;

/// <summary>Generated tenants for the job tests (generated once per run, deterministic).</summary>
internal static class JobTenants
{
    private static readonly Lazy<string> ThreeZonesTenant = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), $"on-tests-{Environment.ProcessId}-three-zones");
        if (!File.Exists(Path.Combine(path, "tenant.json")))
        {
            TenantGenerator.Generate(new TenantGeneratorOptions { OutputPath = path, Users = 20, Months = 3, Seed = 5 });
        }

        return path;
    });

    /// <summary>20 users over 3 months: three teams, each in its own time zone (Pacific, London, Eastern), a
    /// shared mailbox (the digest's sender) and rooms.</summary>
    public static string ThreeZones => ThreeZonesTenant.Value;
}
