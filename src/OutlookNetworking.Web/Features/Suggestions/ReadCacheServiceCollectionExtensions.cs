using OutlookNetworking.Data.Feedback;

namespace OutlookNetworking.Web.Features.Suggestions;

/// <summary>The task pane's read paths: the per-user caches (<see cref="UserAnalysisCache"/>,
/// <see cref="UserFeedbackCache"/>), the hook that forgets cached feedback on every write in this process, and the
/// source-generated JSON of the hot responses (<see cref="TaskPaneJsonContext"/>).</summary>
internal static class ReadCacheServiceCollectionExtensions
{
    public static IServiceCollection AddTaskPaneReadCaches(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, TaskPaneJsonContext.Default));
        services.AddMemoryCache();
        services.AddSingleton<UserAnalysisCache>();
        services.AddSingleton<UserFeedbackCache>();
        services.AddSingleton<FeedbackChanges>();
        services.AddSingleton<IFeedbackObserver>(sp => sp.GetRequiredService<FeedbackChanges>());
        return services;
    }
}
