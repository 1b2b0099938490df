using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace OutlookNetworking.GraphSimulator.Tests.Support;

/// <summary>JWT-shaped app-only tokens carrying given application roles (unsigned: the simulator reads the claim only).</summary>
internal static class AppTokens
{
    public static string WithRoles(params string[] roles)
    {
        static string Part(object value) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value)));
        return Part(new { alg = "none", typ = "JWT" }) + "." + Part(new { idtyp = "app", roles }) + ".sig";
    }
}
