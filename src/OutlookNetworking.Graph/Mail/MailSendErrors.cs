using Microsoft.Kiota.Abstractions;

namespace OutlookNetworking.Graph.Mail;

/// <summary>How to read a failed <see cref="MailSender.SendAsync"/>.</summary>
public static class MailSendErrors
{
    /// <summary>
    /// True when the message certainly did not go out, so it may be tried again: Graph answered and refused it
    /// (any 4xx, throttling included, and 503 "not ready to handle the request"), or the failure came before
    /// anything was sent (building the message, a token that could not be had). False when the outcome is
    /// unknown: a timeout, a dropped connection, cancellation mid-request, or a 500, 502 or 504, where a gateway
    /// may have lost the answer to a send that went through.
    /// </summary>
    public static bool CertainlyNotSent(Exception exception) => exception switch
    {
        ApiException api => api.ResponseStatusCode is (>= 400 and < 500) or 503,
        HttpRequestException or IOException or OperationCanceledException => false,
        _ => true,
    };
}
