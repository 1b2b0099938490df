using OutlookNetworking.Data.Mailboxes;

namespace OutlookNetworking.Web.Features.Digest;

/// <summary>A user's digest as it would be sent now, for the preview page: same composer, same renderer,
/// nothing recorded or sent.</summary>
internal sealed class DigestPreview(DigestComposer composer, DigestRenderer renderer, PublicBaseUrl baseUrl, TimeProvider time)
{
    public async Task<(string? Html, string? Text, string Reason)> RenderAsync(MailboxEntity mailbox, HttpRequest request,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var composed = await composer.ComposeAsync(mailbox, MailboxClock.LocalDate(now, mailbox.TimeZone), now, baseUrl.Get(request),
            cancellationToken);
        if (composed.Model is not { } model)
        {
            return (null, null, composed.Health is null
                ? "The mailbox has not been analysed yet: the nightly run has not reached it."
                : "Nothing is worth a follow-up today, so no email would be sent.");
        }

        return (await renderer.RenderHtmlAsync(model), DigestRenderer.RenderText(model), "");
    }
}
