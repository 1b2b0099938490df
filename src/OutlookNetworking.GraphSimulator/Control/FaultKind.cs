using System.Text.Json.Serialization;

namespace OutlookNetworking.GraphSimulator.Control;

/// <summary>A fault the simulator can inject into a request.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FaultKind>))]
public enum FaultKind
{
    /// <summary>429 Too Many Requests with Retry-After.</summary>
    Throttle,

    /// <summary>503 Service Unavailable with Retry-After.</summary>
    ServiceUnavailable,

    /// <summary>504 Gateway Timeout, Graph's JSON error, no Retry-After.</summary>
    GatewayTimeout,

    /// <summary>The connection is aborted without a response.</summary>
    DropConnection,

    /// <summary>A 200 response whose JSON body is cut in half.</summary>
    TruncatedBody,

    /// <summary>The normal response, after an added delay.</summary>
    Latency,

    /// <summary>The request is carried out at once (a sendMail lands in the outbox), then its answer is held for the
    /// latency: a client that dies or gives up meanwhile cannot know the outcome. Rules only (no random rate).</summary>
    SlowAnswer,

    /// <summary>503 Service Unavailable without Retry-After (graph-fidelity GF-16: 503 may come without it).</summary>
    ServiceUnavailableWithoutRetryAfter,

    /// <summary>502 Bad Gateway with an HTML page instead of Graph's JSON error, no Retry-After. Not applied to batch steps
    /// (the gateway stands in front of the whole batch).</summary>
    BadGatewayHtml,

    /// <summary>504 Gateway Timeout with an HTML page instead of Graph's JSON error, no Retry-After. Not applied to batch
    /// steps.</summary>
    GatewayTimeoutHtml,

    /// <summary>The request is carried out (a sendMail lands in the outbox), then the connection is aborted before any answer:
    /// the client cannot know the outcome. Rules only (no random rate).</summary>
    AnswerLost,

    /// <summary>403 Forbidden, <c>Authorization_RequestDenied</c>: the app lacks the permission the request needs (say,
    /// consent given before the app asked for it). Rules only (no random rate).</summary>
    Forbidden,
}
