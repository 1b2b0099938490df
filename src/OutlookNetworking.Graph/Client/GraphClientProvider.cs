using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using OutlookNetworking.Graph.Throttling;

namespace OutlookNetworking.Graph.Client;

/// <summary>
/// One <see cref="GraphServiceClient"/> per tenant over one shared <see cref="HttpClient"/> built by the SDK's
/// <see cref="GraphClientFactory"/>, so every request goes through the SDK's middleware (retry on 429/503/504 honouring
/// Retry-After, redirects) and sockets are reused. Inside the SDK's handlers, ours: a new token when Graph refuses an
/// expired one (<see cref="TokenRenewalHandler"/>), Graph's error shape for a gateway's HTML answer
/// (<see cref="GatewayAnswerHandler"/>), and the cap on concurrent requests (<see cref="GraphRequestLimitHandler"/>).
/// </summary>
public sealed class GraphClientProvider : IDisposable
{
    private readonly HttpClient _http;
    private readonly IGraphAccessTokenSource _tokens;
    private readonly string _baseUrl;
    private readonly string _host;
    private readonly ConcurrentDictionary<Guid, GraphServiceClient> _clients = new();
    private readonly GraphRequestLimiter _limiter;

    public GraphClientProvider(IOptions<GraphOptions> options, IGraphAccessTokenSource tokens, GraphRequestLimiter limiter,
        ILoggerFactory? loggers = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _tokens = tokens;
        _limiter = limiter;
        _baseUrl = options.Value.BaseUrl.TrimEnd('/');
        _host = new Uri(_baseUrl).Host;
        var logger = (loggers ?? NullLoggerFactory.Instance).CreateLogger<GraphClientProvider>();
        // The SDK's default pipeline, with its retry handler's back-off (for 504s and answers without Retry-After) from options.
        var handlers = GraphClientFactory.CreateDefaultHandlers()
            .Select(h => h is RetryHandler ? new RetryHandler(new RetryHandlerOption { Delay = options.Value.SdkRetryDelaySeconds }) : h)
            .Append(new TokenRenewalHandler(tokens, logger))
            .Append(new GatewayAnswerHandler(logger))
            .Append(new GraphRequestLimitHandler(limiter))
            .ToList();
        _http = GraphClientFactory.Create(handlers);
        _http.Timeout = TimeSpan.FromSeconds(100);
    }

    public string BaseUrl => _baseUrl;

    /// <summary>Steps per <c>$batch</c>: Graph's 20, or the cap when it is below the 4 steps Outlook runs at once (so one
    /// batch never weighs more than the cap).</summary>
    public int StepsPerBatch => _limiter.Cap >= GraphRequestShape.BatchParallelism ? GraphBatch.MaxSteps : _limiter.Cap;

    public GraphServiceClient For(Guid tenantId) => _clients.GetOrAdd(tenantId, id =>
        new GraphServiceClient(_http, new TenantAuthenticationProvider(id, _tokens, _host), _baseUrl));

    public void Dispose() => _http.Dispose();
}
