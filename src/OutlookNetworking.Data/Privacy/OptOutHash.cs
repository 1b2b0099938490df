using System.Security.Cryptography;
using System.Text;

namespace OutlookNetworking.Data.Privacy;

/// <summary>The one-way key an opt-out is stored under.</summary>
public static class OptOutHash
{
    public static string Of(Guid tenantId, Guid userId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{tenantId:D}:{userId:D}")));
}
