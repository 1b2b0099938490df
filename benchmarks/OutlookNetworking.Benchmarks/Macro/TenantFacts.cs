using System.Text.Json;

namespace OutlookNetworking.Benchmarks.Macro;

/// <summary>What a benchmark needs of a snapshot, read from <c>tenant.json</c> and <c>users.json</c> only (never the mail).</summary>
internal sealed record TenantFacts(Guid TenantId, string Name, IReadOnlyList<string> Domains, DateTimeOffset Now, Guid? HeavyUserId)
{
    public static TenantFacts Read(string snapshotPath)
    {
        using var tenant = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(snapshotPath, "tenant.json")));
        var root = tenant.RootElement;
        using var users = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(snapshotPath, "users.json")));
        var heavy = users.RootElement.GetProperty("value").EnumerateArray()
            .Where(u => u.TryGetProperty("mail", out var mail) && mail.GetString()?.StartsWith("heavy.mailbox@", StringComparison.Ordinal) == true)
            .Select(u => Guid.Parse(u.GetProperty("id").GetString()!))
            .Cast<Guid?>()
            .FirstOrDefault();
        return new TenantFacts(
            Guid.Parse(root.GetProperty("tenantId").GetString()!),
            root.GetProperty("displayName").GetString()!,
            root.GetProperty("domains").EnumerateArray().Select(d => d.GetString()!).ToList(),
            root.GetProperty("now").GetDateTimeOffset(),
            heavy);
    }
}
