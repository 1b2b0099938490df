using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using OutlookNetworking.GraphSimulator.Snapshot;
using OutlookNetworking.Web.Features.Auth.AppTokens;
using OutlookNetworking.Demo.Features.DemoTenant;

namespace OutlookNetworking.Demo.Features.DemoMailbox;

/// <summary>
/// Reads a demo user's recent messages from the Graph simulator (<c>GET /v1.0/users/{id}/messages</c>, newest first,
/// immutable ids), standing in for what Outlook shows the user. Demo only: the product itself never reads subjects.
/// </summary>
internal sealed class DemoMessagesReader(DemoEnvironment environment, IHttpClientFactory httpClients, IAppTokenSource tokens)
{
    /// <summary>The fields the message picker shows. Metadata and the subject, never the body.</summary>
    private const string Select = "id,subject,from,toRecipients,ccRecipients,receivedDateTime,conversationId";

    private readonly Lazy<DemoRecipientTypes> _types = new(() => new DemoRecipientTypes(environment.Snapshot));

    /// <summary>The snapshot user with this sign-in name or address, if any.</summary>
    public SnapshotUser? FindUser(string upn) =>
        environment.Snapshot.FindUser(upn)
        ?? environment.Snapshot.Users.FirstOrDefault(u => string.Equals(u.Mail, upn, StringComparison.OrdinalIgnoreCase));

    public async Task<IReadOnlyList<DemoMessageResponse>> ReadAsync(SnapshotUser user, int top, CancellationToken cancellationToken)
    {
        var simulator = environment.Simulator;
        var tenantId = Guid.Parse(environment.Snapshot.Tenant.TenantId);
        var token = await tokens.GetGraphTokenAsync(tenantId, cancellationToken);
        var url = string.Create(CultureInfo.InvariantCulture,
            $"{simulator.BaseUrl}/users/{Uri.EscapeDataString(user.Id)}/messages?$select={Select}&$top={top}");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        request.Headers.TryAddWithoutValidation("Prefer", "IdType=\"ImmutableId\"");
        using var client = httpClients.CreateClient(nameof(DemoMessagesReader));
        using var response = await client.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        return document.RootElement.GetProperty("value").EnumerateArray().Select(ToMessage).ToList();
    }

    private DemoMessageResponse ToMessage(JsonElement m) => new(
        m.GetProperty("id").GetString()!,
        Text(m, "subject"),
        m.TryGetProperty("from", out var from) && from.ValueKind == JsonValueKind.Object ? Address(from) : null,
        Recipients(m, "toRecipients"),
        Recipients(m, "ccRecipients"),
        Text(m, "receivedDateTime") is { } received
            && DateTimeOffset.TryParse(received, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at.UtcDateTime
            : null,
        Text(m, "conversationId"));

    private List<DemoAddressResponse> Recipients(JsonElement message, string name) =>
        message.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(Address).ToList()
            : [];

    private DemoAddressResponse Address(JsonElement recipient)
    {
        var email = recipient.TryGetProperty("emailAddress", out var e) && e.ValueKind == JsonValueKind.Object ? e : default;
        var address = email.ValueKind == JsonValueKind.Object ? Text(email, "address") : null;
        var name = email.ValueKind == JsonValueKind.Object ? Text(email, "name") : null;
        return new DemoAddressResponse(name, address, _types.Value.Of(address));
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
