namespace OutlookNetworking.Web.Hosting.Startup;

/// <summary>The reverse proxies whose <c>X-Forwarded-*</c> headers are believed: addresses and networks in their forms.</summary>
internal static class ForwardedHeadersSettings
{
    public static IEnumerable<ConfigurationRefusal> Check(IConfiguration configuration)
    {
        foreach (var entry in configuration.GetSection("ForwardedHeaders:KnownProxies").GetChildren())
        {
            if (!SettingForms.IsIpAddress(entry.Value))
            {
                yield return new(entry.Path, $"must be an IP address, not {SettingForms.Quote(entry.Value)}",
                    "List the addresses your reverse proxy connects from, e.g. 127.0.0.1 when nginx runs on the same machine.");
            }
        }

        foreach (var entry in configuration.GetSection("ForwardedHeaders:KnownNetworks").GetChildren())
        {
            if (!SettingForms.IsNetwork(entry.Value))
            {
                yield return new(entry.Path, $"must be a network in CIDR notation, not {SettingForms.Quote(entry.Value)}",
                    "Write it as address/prefix, e.g. 10.0.0.0/24.");
            }
        }
    }
}
