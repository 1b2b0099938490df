using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Text.Json;

namespace OutlookNetworking.GraphSimulator.Control;

/// <summary>
/// Which bearer tokens have expired (graph-fidelity GF-17: an app-only token lives 60 to 90 minutes, and a long night
/// meets 401 "Lifetime validation failed, the token is expired."). A token is expired when it is a JWT whose
/// <c>exp</c> has passed on the wall clock, or when the control surface expired it
/// (<see cref="SimulatorControl.ExpireAccessTokens"/>: every token seen so far).
/// </summary>
internal sealed class TokenLifetimes(TimeProvider wallClock)
{
    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _expired = new(StringComparer.Ordinal);

    public bool IsExpired(string token)
    {
        if (_expired.ContainsKey(token))
        {
            return true;
        }

        _seen.TryAdd(token, 0);
        return ExpiresAt(token) is { } expires && expires <= wallClock.GetUtcNow();
    }

    /// <summary>Every token seen until now answers 401 from now on; a new one is needed.</summary>
    public void ExpireSeen()
    {
        foreach (var token in _seen.Keys)
        {
            _expired.TryAdd(token, 0);
        }
    }

    /// <summary>The <c>exp</c> claim of a JWT (read, not validated: the simulator checks no signatures), or null.</summary>
    internal static DateTimeOffset? ExpiresAt(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        try
        {
            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            return payload.RootElement.ValueKind == JsonValueKind.Object
                   && payload.RootElement.TryGetProperty("exp", out var exp) && exp.TryGetInt64(out var seconds)
                ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
