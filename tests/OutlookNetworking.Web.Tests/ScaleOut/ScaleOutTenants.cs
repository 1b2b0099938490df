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

    private static readonly Lazy<string> Tenant40 = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), $"on-tests-{Environment.ProcessId}-scale40");
        if (!File.Exists(Path.Combine(path, "tenant.json")))
        {
            TenantGenerator.Generate(new TenantGeneratorOptions { OutputPath = path, Users = 40, Months = 6, Seed = 5, Volume = 0.25 });
        }

        return path;
    });

    /// <summary>40 mailboxes, 6 months, light volume.</summary>
    public static string FortyMailboxes => Tenant40.Value;

    /// <summary>200 mailboxes, light volume (about 42,000 messages and 9,500 events in all).</summary>
    public static string TwoHundredMailboxes => Tenant200.Value;
}
