using OutlookNetworking.GraphSimulator.Generator;

namespace OutlookNetworking.Benchmarks.Macro;

/// <summary>The generated tenants the figures are measured on (deterministic; generated once into the work folder).</summary>
internal static class BenchTenants
{
    /// <summary>A small tenant plus one mailbox (<c>heavy.mailbox@…</c>) of exactly <paramref name="messages"/> messages.</summary>
    public static string Heavy(BenchSettings settings, int messages) => Generate(settings.Path("tenants", $"heavy-{messages}"),
        path => new TenantGeneratorOptions { OutputPath = path, Users = 8, Months = 1, Volume = 0.05, Seed = 40, HeavyMailboxMessages = messages });

    /// <summary>A tenant of <paramref name="users"/> people at light volume (a quarter of a busy office worker), 12 months.</summary>
    public static string Light(BenchSettings settings, int users) => Generate(settings.Path("tenants", $"light-{users}"),
        path => new TenantGeneratorOptions { OutputPath = path, Users = users, Months = 12, Volume = 0.25, Seed = 1000 });

    /// <summary>The demo tenant (40 users, 12 months, seed 7, as <c>dotnet run</c> generates it): recurring series in Graph's shape.</summary>
    public static string Demo(BenchSettings settings) => Generate(settings.Path("tenants", "demo-40"),
        path => new TenantGeneratorOptions { OutputPath = path, Users = 40, Months = 12, Seed = 7 });

    private static string Generate(string path, Func<string, TenantGeneratorOptions> options)
    {
        if (!File.Exists(Path.Combine(path, "tenant.json")))
        {
            Console.Error.WriteLine($"[bench] generating {path} ...");
            TenantGenerator.Generate(options(path));
        }

        return path;
    }
}
