using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace OutlookNetworking.Graph.Client;

/// <summary>
/// One <see cref="GraphServiceClient"/> per tenant over one shared <see cref="HttpClient"/> built by
/// the SDK's <see cref="GraphClientFactory"/>, so every request goes through the SDK's middleware
/// (retry on 429/503/504 honouring Retry-After, redirects, compression) and sockets are reused.
/// </summary>
public sealed class GraphClientProvider : IDisposable
{
    private readonly HttpClient _http;
    private readonly IGraphAccessTokenSource _tokens;
    private readonly string _baseUrl;
    private readonly string _host;
    private readonly ConcurrentDictionary<Guid, GraphServiceClient> _clients = new();

    public GraphClientProvider(IOptions<GraphOptions> options, IGraphAccessTokenSource tokens)
    {
        _tokens = tokens;
        _baseUrl = options.Value.BaseUrl.TrimEnd('/');
        _host = new Uri(_baseUrl).Host;
        // The SDK's default pipeline, with its retry handler's back-off (for 504s and answers without Retry-After) from options.
        var handlers = GraphClientFactory.CreateDefaultHandlers()
            .Select(h => h is RetryHandler ? new RetryHandler(new RetryHandlerOption { Delay = options.Value.SdkRetryDelaySeconds }) : h)
            .ToList();
        _http = GraphClientFactory.Create(handlers);
        _http.Timeout = TimeSpan.FromSeconds(100);
    }

    public string BaseUrl => _baseUrl;

    public GraphServiceClient For(Guid tenantId) => _clients.GetOrAdd(tenantId, id =>
        new GraphServiceClient(_http,
            new BaseBearerTokenAuthenticationProvider(new TenantAccessTokenProvider(id, _tokens, _host)), _baseUrl));

    public void Dispose() => _http.Dispose();
}
