using System.Text.Json;

namespace OutlookNetworking.Demo.Features.DemoNight;

/// <summary>A person's mailbox a demo night did not analyse, and why.</summary>
/// <param name="Reason">The last failure's exception type in camel case (e.g. <c>httpRequestException</c>: Graph could
/// not be reached), or <c>notFinished</c> when no failure is recorded (its job was still queued or running).</param>
public sealed record DemoFailedMailbox(string DisplayName, string UserPrincipalName, string Reason)
{
    public const string NotFinished = "notFinished";

    /// <summary>The reason code of a mailbox's <c>LastFailure</c> (<c>"Type: message"</c>): the type only, never the message.</summary>
    public static string ReasonOf(string? lastFailure)
    {
        var type = lastFailure?.Split(':', 2)[0].Trim();
        return string.IsNullOrEmpty(type) || type.Contains(' ', StringComparison.Ordinal)
            ? NotFinished
            : JsonNamingPolicy.CamelCase.ConvertName(type);
    }
}
