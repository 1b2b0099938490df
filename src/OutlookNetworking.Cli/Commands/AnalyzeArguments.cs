namespace OutlookNetworking.Cli.Commands;

/// <summary>The arguments of <c>analyze</c>.</summary>
internal sealed record AnalyzeArguments(string TenantPath, string? User, bool Json)
{
    public static AnalyzeArguments? Parse(string[] args, TextWriter error)
    {
        string? tenant = null;
        string? user = null;
        var json = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--tenant" when i + 1 < args.Length:
                    tenant = args[++i];
                    break;
                case "--user" when i + 1 < args.Length:
                    user = args[++i];
                    break;
                case "--json":
                    json = true;
                    break;
                default:
                    error.WriteLine($"analyze: unexpected argument '{args[i]}'.");
                    error.WriteLine("usage: analyze --tenant DIR [--user UPN] [--json]");
                    return null;
            }
        }

        if (tenant is null)
        {
            error.WriteLine("usage: analyze --tenant DIR [--user UPN] [--json]");
            return null;
        }

        return new AnalyzeArguments(tenant, user, json);
    }
}
