using System.Security.Cryptography;
using System.Text;

namespace OutlookNetworking.Data.Privacy;

/// <summary>The unkeyed SHA-256 of "tid:oid": the opt-out marker's earlier form (re-identifiable by whoever holds the
/// directory), now only the input of the keyed marker (<see cref="OptOutMarkers"/>).</summary>
public static class OptOutHash
{
    public static string Of(Guid tenantId, Guid userId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{tenantId:D}:{userId:D}")));
}
