using System.Buffers.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace OutlookNetworking.GraphSimulator.Http;

/// <summary>
/// What of a calendar the request's token may read, from its application roles (graph-fidelity GF-6):
/// <c>Calendars.ReadBasic.All</c> reads events without body and preview (subject and location included);
/// <c>Calendars.Read</c> (or <c>Calendars.ReadWrite</c>) reads them whole. The roles are the <c>roles</c> claim of a
/// JWT bearer token (not validated here: <see cref="SimulatorOptions.TokenValidator"/> does that); any other token
/// holds <see cref="SimulatorOptions.RolesOfPlainTokens"/>.
/// </summary>
internal enum CalendarAccess
{
    None,
    Basic,
    Full,
}

internal static class CalendarPermissions
{
    public static CalendarAccess Of(HttpContext context, SimulatorState state)
    {
        var roles = RolesOf(context.Request.Headers.Authorization.ToString()) ?? state.Options.RolesOfPlainTokens;
        var access = CalendarAccess.None;
        foreach (var role in roles)
        {
            if (role.Equals("Calendars.Read", StringComparison.OrdinalIgnoreCase) || role.Equals("Calendars.ReadWrite", StringComparison.OrdinalIgnoreCase))
            {
                return CalendarAccess.Full;
            }

            if (role.Equals("Calendars.ReadBasic.All", StringComparison.OrdinalIgnoreCase))
            {
                access = CalendarAccess.Basic;
            }
        }

        return access;
    }

    /// <summary>Answers 403 when the token holds no calendar role; true when it did.</summary>
    public static async Task<bool> RefuseAsync(HttpContext context, CalendarAccess access)
    {
        if (access != CalendarAccess.None)
        {
            return false;
        }

        await GraphErrors.WriteAsync(context, StatusCodes.Status403Forbidden, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");
        return true;
    }

    /// <summary>The <c>roles</c> claim of a JWT bearer token, or null when the token is no JWT or carries none.</summary>
    internal static IReadOnlyList<string>? RolesOf(string authorization)
    {
        const string Bearer = "Bearer ";
        if (!authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var parts = authorization[Bearer.Length..].Trim().Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        try
        {
            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            if (payload.RootElement.ValueKind != JsonValueKind.Object
                || !payload.RootElement.TryGetProperty("roles", out var roles) || roles.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            return [.. roles.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!)];
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }
}
