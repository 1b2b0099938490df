using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Kiota.Abstractions;

namespace OutlookNetworking.Graph.Client;

/// <summary>
/// An app-only token lives 60 to 90 minutes, and a request can carry one that expires on the way, or wait out a long
/// Retry-After with it (the SDK's retry handler sends the same request again, token included). Graph then answers 401
/// <c>InvalidAuthenticationToken</c> "Lifetime validation failed, the token is expired." (graph-fidelity GF-17). This
/// handler gets a new token for the request's tenant (<see cref="IGraphAccessTokenSource.RenewTokenAsync"/>) and sends the
/// request again with it, a few times at most; then the 401 is Graph's answer. Refused requests were not carried out, so
/// sending them again (a sendMail too) is safe.
/// </summary>
internal sealed partial class TokenRenewalHandler(IGraphAccessTokenSource tokens, ILogger logger) : DelegatingHandler
{
    /// <summary>New tokens tried for one request (the cache may hand out a token that expired meanwhile too) before the
    /// 401 stands.</summary>
    private const int MaxRenewals = 3;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            await request.Content.LoadIntoBufferAsync(cancellationToken); // so it can be sent again
        }

        var response = await base.SendAsync(request, cancellationToken);
        for (var renewal = 1; renewal <= MaxRenewals; renewal++)
        {
            if (response.StatusCode != HttpStatusCode.Unauthorized
                || request.Headers.Authorization is not { Scheme: "Bearer", Parameter: { } rejected }
                || !request.Options.TryGetValue(new HttpRequestOptionsKey<IRequestOption>(typeof(GraphTenantOption).FullName!), out var option)
                || option is not GraphTenantOption tenant)
            {
                return response;
            }

            LogRenewing(logger, tenant.TenantId);
            var renewed = await tokens.RenewTokenAsync(tenant.TenantId, rejected, cancellationToken);
            if (renewed == rejected)
            {
                return response; // no other token to be had: Graph's answer stands
            }

            response.Dispose();
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", renewed);
            response = await base.SendAsync(request, cancellationToken);
        }

        return response;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph refused the app token of tenant {TenantId} (401); getting a new one and sending the request again")]
    private static partial void LogRenewing(ILogger logger, Guid tenantId);
}
