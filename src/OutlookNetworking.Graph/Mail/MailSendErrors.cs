using Microsoft.Kiota.Abstractions;

namespace OutlookNetworking.Graph.Mail;

/// <summary>How to read a failed <see cref="MailSender.SendAsync"/>.</summary>
public static class MailSendErrors
{
    /// <summary>
    /// True when Graph answered and refused the send, so nothing went out and it may be tried again:
    /// any 4xx (bad request, forbidden, throttled) and 503 (not ready to handle the request).
    /// False when the outcome is unknown: a timeout, a dropped connection, cancellation, or a 500, 502 or
    /// 504, where a gateway may have lost the answer to a send that went through.
    /// </summary>
    public static bool CertainlyNotSent(Exception exception) =>
        exception is ApiException { ResponseStatusCode: (>= 400 and < 500) or 503 };
}
