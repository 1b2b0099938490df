using OutlookNetworking.GraphSimulator.Generator;

namespace OutlookNetworking.Web.Tests.ScaleOut;

/// <summary>Generated tenants for the scale-out tests (generated once per run, deterministic).</summary>
internal static class ScaleOutTenants
{
    private static readonly Lazy<string> Tenant200 = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), $"on-tests-{Environment.ProcessId}-scale200");
        if (!File.Exists(Path.Combine(path, "tenant.json")))
        {
            TenantGenerator.Generate(new TenantGeneratorOptions { OutputPath = path, Users = 200, Months = 12, Seed = 3, Volume = 0.25 });
        }

        return path;
    });

    /// <summary>200 mailboxes, light volume (about 42,000 messages and 9,500 events in all).</summary>
    public static string TwoHundredMailboxes => Tenant200.Value;
}
