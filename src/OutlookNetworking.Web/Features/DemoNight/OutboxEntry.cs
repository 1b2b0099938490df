namespace OutlookNetworking.Web.Features.DemoNight;

/// <summary>A message the simulator received through sendMail, as <c>GET /demo/outbox</c> lists it.</summary>
public sealed record OutboxEntry(
    string Id,
    string? From,
    IReadOnlyList<string?> To,
    string? Subject,
    DateTimeOffset SentAt,
    bool Mime,
    string? Html,
    string? Text);
