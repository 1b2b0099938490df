using System.Net.Http.Json;
using System.Text.Json;
using OutlookNetworking.GraphSimulator.Control;

namespace OutlookNetworking.Demo.Features.DemoTenant;

/// <summary>
/// A simulator running in another process (<c>Demo:SimulatorUrl</c>, started with <c>serve-simulator</c>), reached
/// over its loopback control surface under <c>/_simulator</c>. It outlives the host, and so does its outbox.
/// </summary>
internal sealed class ExternalDemoSimulator(Uri root) : IDemoSimulator, IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient _http = new() { BaseAddress = root, Timeout = TimeSpan.FromSeconds(30) };

    public string BaseUrl { get; } = root.ToString().TrimEnd('/') + "/v1.0";

    public async Task SetClockAsync(DateTimeOffset utcNow, CancellationToken cancellationToken)
    {
        using var response = await _http.PutAsJsonAsync("_simulator/clock", new { utcNow }, Json, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task<IReadOnlyList<SentMail>> ReadOutboxAsync(CancellationToken cancellationToken) =>
        await _http.GetFromJsonAsync<List<SentMail>>("_simulator/outbox", Json, cancellationToken) ?? [];

    public void Dispose() => _http.Dispose();
}
