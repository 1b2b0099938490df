using Microsoft.Extensions.Options;
using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Web.Hosting;

namespace OutlookNetworking.Web.Features.Links;

/// <summary>
/// Links back to the thread or meeting a suggestion rests on, in Outlook on the web, built from the
/// item's immutable id (ids survive moves between folders, so the link keeps working).
/// </summary>
public sealed class OutlookWebLinks(IOptions<AppOptions> options)
{
    private readonly string _base = options.Value.OutlookWebBaseUrl.TrimEnd('/');

    /// <summary>The message to open (owed / awaiting reply) or the meeting (first-meeting follow-up); null when neither.</summary>
    public string? For(SuggestionEvidence evidence) =>
        evidence.MessageId is { Length: > 0 } message ? Message(message)
        : evidence.MeetingId is { Length: > 0 } meeting ? Meeting(meeting)
        : null;

    public string Message(string immutableId) => $"{_base}/mail/deeplink/read/{Uri.EscapeDataString(immutableId)}";

    public string Meeting(string immutableId) => $"{_base}/calendar/item/{Uri.EscapeDataString(immutableId)}";
}
