namespace OutlookNetworking.GraphSimulator.Http;

/// <summary>
/// Sends batch items back into the server over loopback, so each item passes the same pipeline
/// (auth, concurrency limit, faults, log) as a request of its own.
/// </summary>
internal sealed class BatchDispatcher : IDisposable
{
    private readonly HttpClient _client = new(new SocketsHttpHandler
    {
        UseProxy = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = System.Net.DecompressionMethods.None,
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
    })
    {
        Timeout = TimeSpan.FromMinutes(2),
    };

    /// <summary>The server's root (scheme, host, port), set once the server listens.</summary>
    public Uri? Root { get; set; }

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        _client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);

    public void Dispose() => _client.Dispose();
}
