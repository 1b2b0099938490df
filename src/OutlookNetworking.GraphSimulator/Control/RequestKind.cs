namespace OutlookNetworking.GraphSimulator.Control;

/// <summary>What a logged request was, so benchmarks and tests can count delta requests, <c>$batch</c> calls and
/// steps, master reads and series re-reads apart.</summary>
public enum RequestKind
{
    Other,

    /// <summary><c>GET …/mailFolders/{id}/messages/delta</c>.</summary>
    MailDelta,

    /// <summary><c>GET …/calendarView/delta</c>.</summary>
    CalendarDelta,

    /// <summary><c>POST /$batch</c> (its steps are logged on their own, <see cref="RequestLogEntry.IsBatchItem"/>).</summary>
    Batch,

    /// <summary><c>GET /users/{id}/events/{id}</c>: one event, e.g. a series master.</summary>
    EventRead,

    /// <summary><c>GET /users/{id}/events/{id}/instances</c>: a series read again.</summary>
    SeriesReread,
}

/// <summary>Classifies a request by its method and path.</summary>
public static class RequestKinds
{
    public static RequestKind Of(string method, string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        var path = pathAndQuery.Split('?', 2)[0].TrimEnd('/');
        if (string.Equals(method, "POST", StringComparison.OrdinalIgnoreCase))
        {
            return path.EndsWith("/$batch", StringComparison.OrdinalIgnoreCase) ? RequestKind.Batch : RequestKind.Other;
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var last = segments.Length > 0 ? segments[^1] : string.Empty;
        var isDelta = last.StartsWith("delta", StringComparison.OrdinalIgnoreCase) || last.StartsWith("microsoft.graph.delta", StringComparison.OrdinalIgnoreCase);
        if (isDelta && segments.Length >= 2)
        {
            var resource = segments[^2];
            if (resource.Equals("calendarView", StringComparison.OrdinalIgnoreCase))
            {
                return RequestKind.CalendarDelta;
            }

            if (resource.Equals("messages", StringComparison.OrdinalIgnoreCase))
            {
                return RequestKind.MailDelta;
            }
        }

        // …/users/{id}/events/{id} and …/users/{id}/events/{id}/instances
        if (segments.Length >= 2 && segments[^2].Equals("events", StringComparison.OrdinalIgnoreCase))
        {
            return RequestKind.EventRead;
        }

        return segments.Length >= 3 && last.Equals("instances", StringComparison.OrdinalIgnoreCase)
               && segments[^3].Equals("events", StringComparison.OrdinalIgnoreCase)
            ? RequestKind.SeriesReread
            : RequestKind.Other;
    }
}
