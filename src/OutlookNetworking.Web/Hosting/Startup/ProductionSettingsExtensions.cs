namespace OutlookNetworking.Web.Hosting.Startup;

public static class ProductionSettingsExtensions
{
    /// <summary>Outside the Development environment, refuses to compose a host that lacks a production setting or
    /// has one in the wrong form (<see cref="ProductionSettings.Check"/>). In Development nothing is required: a
    /// developer's machine runs with what it has.</summary>
    /// <exception cref="ConfigurationRefusedException">One or more settings are missing or malformed.</exception>
    public static WebApplicationBuilder RefuseIncompleteProductionSettings(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.Environment.IsDevelopment() && ProductionSettings.Check(builder.Configuration) is { Count: > 0 } refusals)
        {
            throw new ConfigurationRefusedException(refusals);
        }

        return builder;
    }
}
