using OutlookNetworking.Graph.Sync;

namespace OutlookNetworking.Web.Features.Jobs;

/// <summary>
/// What a failing job throws instead of the original exception, so that Hangfire's storage, dashboard and log lines
/// hold the status and code only (<see cref="GraphErrorSummary"/>), never Graph's error text. No inner exception, for
/// the same reason.
/// </summary>
public sealed class JobFailureException(string summary) : Exception(summary)
{
    /// <summary>The failure reduced to <see cref="GraphErrorSummary.Of"/>.</summary>
    public static JobFailureException From(Exception error) => new(GraphErrorSummary.Of(error));
}
