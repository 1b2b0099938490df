using OutlookNetworking.Core.Input;
using DirectoryInfo = OutlookNetworking.Core.Input.DirectoryInfo;

namespace OutlookNetworking.Core.Tests.Snapshot;

/// <summary>A tenant snapshot read into the engine's input types (test-only).</summary>
internal sealed record TenantSnapshot(
    DateTimeOffset Now,
    IReadOnlyList<string> Domains,
    IReadOnlyList<SnapshotUser> Users,
    DirectoryInfo Directory);
