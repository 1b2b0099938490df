namespace OutlookNetworking.Web.Hosting.Startup;

/// <summary>The database and the job storage: known providers, and a connection string where one is needed.</summary>
internal static class StorageSettings
{
    public static IEnumerable<ConfigurationRefusal> Check(IConfiguration configuration)
    {
        var provider = configuration["Storage:Provider"];
        if (provider is { Length: > 0 } && !IsOneOf(provider, "Sqlite", "PostgreSql"))
        {
            yield return new("Storage:Provider", $"must be Sqlite or PostgreSql, not {SettingForms.Quote(provider)}",
                "Set PostgreSql for a deployment of several instances, Sqlite for one instance with a local disk.");
        }
        else if (IsOneOf(provider, "PostgreSql") && string.IsNullOrWhiteSpace(configuration["Storage:ConnectionString"]))
        {
            yield return new("Storage:ConnectionString", "is not set although Storage:Provider is PostgreSql",
                "Set the database's connection string, e.g. Host=db;Database=outlooknetworking;Username=…;Password=… (from your secret store).");
        }

        var jobs = configuration["Hangfire:Storage"];
        if (jobs is { Length: > 0 } && !IsOneOf(jobs, "InMemory", "PostgreSql"))
        {
            yield return new("Hangfire:Storage", $"must be InMemory or PostgreSql, not {SettingForms.Quote(jobs)}",
                "Set PostgreSql to share jobs between instances (web and worker), InMemory for one instance.");
        }
        else if (IsOneOf(jobs, "PostgreSql") && string.IsNullOrWhiteSpace(configuration["Hangfire:ConnectionString"]))
        {
            yield return new("Hangfire:ConnectionString", "is not set although Hangfire:Storage is PostgreSql",
                "Set the connection string of the job database (it may be the same database as Storage:ConnectionString).");
        }
    }

    private static bool IsOneOf(string? value, params string[] names) =>
        value is not null && names.Any(n => string.Equals(n, value, StringComparison.OrdinalIgnoreCase));
}
