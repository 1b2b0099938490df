using System.Net.Http.Json;
using System.Text.Json;

namespace OutlookNetworking.Web.Tests.Digest;

/// <summary>One demo host whose night (POST /demo/night) has run, shared by a test class.</summary>
public sealed class DigestHostFixture : IAsyncLifetime
{
    public DigestTestHost Host { get; } = new();

    public JsonElement Night { get; private set; }

    public JsonElement Outbox { get; private set; }

    public async Task InitializeAsync()
    {
        using var client = Host.CreateClient();
        using var night = await client.PostAsync(new Uri("/demo/night?timeoutSeconds=300", UriKind.Relative), null);
        night.EnsureSuccessStatusCode();
        Night = await night.Content.ReadFromJsonAsync<JsonElement>();
        Outbox = await client.GetFromJsonAsync<JsonElement>(new Uri("/demo/outbox", UriKind.Relative));
    }

    /// <summary>The digest sent to <paramref name="address"/> by the night.</summary>
    public JsonElement MailTo(string address) =>
        Outbox.EnumerateArray().Single(m => m.GetProperty("to").EnumerateArray().Any(t => t.GetString() == address));

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
