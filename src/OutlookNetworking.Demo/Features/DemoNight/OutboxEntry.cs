namespace OutlookNetworking.Demo.Features.DemoNight;

/// <summary>A message the simulator received through sendMail, as <c>GET /demo/outbox</c> lists it: <c>Text</c> only for a
/// plain-text or MIME send (the digest goes as JSON with an HTML body); <c>Headers</c> the internet headers it carries.</summary>
public sealed record OutboxEntry(
    string Id,
    string? From,
    IReadOnlyList<string?> To,
    string? Subject,
    DateTimeOffset SentAt,
    bool Mime,
    string? Html,
    string? Text,
    IReadOnlyDictionary<string, string> Headers);
