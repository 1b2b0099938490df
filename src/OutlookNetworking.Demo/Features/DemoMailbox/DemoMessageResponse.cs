namespace OutlookNetworking.Demo.Features.DemoMailbox;

/// <summary>One message of <c>GET /demo/messages</c>, for the demo pane's message picker. The subject comes from
/// the simulated mailbox (as Outlook would show it), never from the product's store, which holds no subjects.</summary>
/// <param name="Id">The message's immutable id (what the product stores and links to).</param>
public sealed record DemoMessageResponse(
    string Id,
    string? Subject,
    DemoAddressResponse? From,
    IReadOnlyList<DemoAddressResponse> To,
    IReadOnlyList<DemoAddressResponse> Cc,
    DateTime? ReceivedDateTime,
    string? ConversationId);
