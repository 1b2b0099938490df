namespace OutlookNetworking.Web.Features.Lifecycle;

/// <summary>Data lifecycle: the retention purge (section <c>Retention</c>, nightly job) and tenant offboarding.</summary>
public static class LifecycleExtensions
{
    public static WebApplicationBuilder AddOutlookNetworkingLifecycle(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<RetentionPurge>();
        builder.Services.AddTransient<RetentionPurgeJob>();
        builder.Services.AddScoped<TenantOffboarding>();
        builder.Services.AddHostedService<RetentionJobRegistration>();
        return builder;
    }
}
