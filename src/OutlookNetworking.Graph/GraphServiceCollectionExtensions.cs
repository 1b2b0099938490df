using Microsoft.Extensions.DependencyInjection;
using OutlookNetworking.Graph.Client;
using OutlookNetworking.Graph.Directory;
using OutlookNetworking.Graph.Mail;
using OutlookNetworking.Graph.Sync;

namespace OutlookNetworking.Graph;

public static class GraphServiceCollectionExtensions
{
    /// <summary>Registers the Graph client provider, sync, directory reader and mail sender. The host
    /// registers <see cref="IGraphAccessTokenSource"/> and <see cref="IMailboxSyncSink"/> and binds
    /// <see cref="GraphOptions"/>.</summary>
    public static IServiceCollection AddOutlookNetworkingGraph(this IServiceCollection services)
    {
        services.AddSingleton<GraphClientProvider>();
        services.AddSingleton<MailboxSyncer>();
        services.AddSingleton<DirectoryReader>();
        services.AddSingleton<DistributionListReader>();
        services.AddSingleton<MailSender>();
        return services;
    }
}
