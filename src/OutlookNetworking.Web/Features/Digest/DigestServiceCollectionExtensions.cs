using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OutlookNetworking.Web.Features.Digest.Links;
using OutlookNetworking.Web.Features.Jobs;

namespace OutlookNetworking.Web.Features.Digest;

public static class DigestServiceCollectionExtensions
{
    /// <summary>The digest (section <c>Digest</c>, validated on start), its jobs' services and signed links. Links use
    /// the host's data protection, whose keys <c>Features/Security</c> keeps in the store (every instance, every restart).</summary>
    public static WebApplicationBuilder AddOutlookNetworkingDigest(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddDigestServices(builder.Configuration);
        builder.Services.AddAntiforgery(); // the confirmation pages' forms (cookie options: Features/Security)
        return builder;
    }

    /// <summary>The digest's services on any container (the host, or a test's): options, composer, renderer,
    /// delivery, links and jobs. The caller registers the pipeline services (and where data-protection keys live).</summary>
    public static IServiceCollection AddDigestServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DigestOptions>().Bind(configuration.GetSection(DigestOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<DigestOptions>, DigestOptionsValidator>();

        services.TryAddSingleton<OutlookNetworking.Web.Features.Links.OutlookWebLinks>();
        services.AddSingleton<PublicBaseUrl>();
        services.AddSingleton<DigestLinkSigner>();
        services.AddSingleton<DigestLinkHandler>();
        services.AddSingleton<IDigestIntroductions, IndexDigestIntroductions>();
        services.AddSingleton<DigestComposer>();
        services.AddSingleton<DigestRenderer>();
        services.AddSingleton<DigestDelivery>();
        services.AddSingleton<DigestPreview>();
        services.AddTransient<DigestJob>();
        services.AddTransient<DigestSchedulerJob>();
        services.AddDataProtection();
        return services;
    }
}
