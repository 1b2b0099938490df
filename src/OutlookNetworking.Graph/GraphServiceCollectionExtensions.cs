using Microsoft.Extensions.DependencyInjection;
using OutlookNetworking.Graph.Client;
using OutlookNetworking.Graph.Directory;
using OutlookNetworking.Graph.Mail;
using OutlookNetworking.Graph.Sync;
using OutlookNetworking.Graph.Throttling;

namespace OutlookNetworking.Graph;

public static class GraphServiceCollectionExtensions
{
    /// <summary>Registers the Graph client provider, its request limiter, sync, directory reader and mail sender. The host
    /// registers <see cref="IGraphAccessTokenSource"/> and <see cref="IMailboxSyncSink"/>, binds <see cref="GraphOptions"/>,
    /// and registers <see cref="IGraphRequestSlots"/> when several instances share the cap.</summary>
    public static IServiceCollection AddOutlookNetworkingGraph(this IServiceCollection services)
    {
        services.AddSingleton(sp => new GraphRequestLimiter(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<GraphOptions>>(),
            sp.GetService<IGraphRequestSlots>()));
        services.AddSingleton<GraphClientProvider>();
        services.AddSingleton<MailboxSyncer>();
        services.AddSingleton<DirectoryReader>();
        services.AddSingleton<DistributionListReader>();
        services.AddSingleton<MailSender>();
        return services;
    }
}
