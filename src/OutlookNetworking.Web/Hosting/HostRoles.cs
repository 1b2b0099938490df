namespace OutlookNetworking.Web.Hosting;

/// <summary>Reads the instance's role: <c>--role web|worker|all</c> on the command line wins over <c>App:Role</c>.</summary>
internal static class HostRoles
{
    /// <summary>The app options with the role resolved; the command-line role is written back to <c>App:Role</c>.</summary>
    /// <exception cref="Startup.ConfigurationRefusedException">The role is not one of all, web, worker: a typo must not
    /// silently start an instance that does both.</exception>
    public static AppOptions Apply(IConfiguration configuration)
    {
        var key = $"{AppOptions.SectionName}:{nameof(AppOptions.Role)}";
        if ((configuration["role"] ?? configuration[key]) is { } text)
        {
            if (!Enum.TryParse<HostRole>(text, ignoreCase: true, out var role) || !Enum.IsDefined(role)
                                                                               || int.TryParse(text, out _))
            {
                throw new Startup.ConfigurationRefusedException(new Startup.ConfigurationRefusal(key, $"names an unknown role '{text}'",
                    "Use --role all, web or worker (or App:Role)."));
            }

            configuration[key] = role.ToString();
        }

        return configuration.GetSection(AppOptions.SectionName).Get<AppOptions>() ?? new AppOptions();
    }
}
