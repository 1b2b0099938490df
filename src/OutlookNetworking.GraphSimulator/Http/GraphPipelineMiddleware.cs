using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using OutlookNetworking.GraphSimulator.Control;
using OutlookNetworking.GraphSimulator.Faults;

namespace OutlookNetworking.GraphSimulator.Http;

/// <summary>
/// What every <c>/v1.0</c> request goes through, in Graph's order: the bearer token (401; an expired one too, GF-17),
/// the mailbox's readability (403 ErrorAccessDenied / 404 MailboxNotEnabledForRESTAPI, GF-12), then for a mailbox's
/// resources Outlook's limits (graph-fidelity GF-16: 10,000 requests per mailbox in 10 minutes, 4 concurrent requests
/// per app across mailboxes, 4 per mailbox; each 429 with Retry-After), then injected faults; and, around it all, the
/// request log and counters.
/// </summary>
internal sealed class GraphPipelineMiddleware(RequestDelegate next, SimulatorState state)
{
    /// <summary>Marks a request the batch endpoint made for one of its items.</summary>
    public const string BatchItemHeader = "X-Simulator-Batch-Item";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments("/v1.0", out var remainder))
        {
            await next(context);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var at = state.Clock.GetUtcNow();
        var sequence = state.Log.NextSequence();
        var pathAndQuery = request.Path.Value + request.QueryString.Value;
        var preferences = RequestPreferences.Parse(request.Headers);
        context.Items[typeof(RequestPreferences)] = preferences;
        var isBatchItem = request.Headers.ContainsKey(BatchItemHeader);
        var authorization = request.Headers.Authorization.ToString();
        var mailbox = MailboxOf(remainder);
        string? fault = null;
        var holdsSlot = false;
        var holdsAppSlot = false;
        state.Counters.Request();
        try
        {
            if (!Authorized(authorization, out var authError))
            {
                state.Counters.Unauthorized();
                await GraphErrors.WriteAsync(context, StatusCodes.Status401Unauthorized, "InvalidAuthenticationToken", authError);
                return;
            }

            if (mailbox is not null && state.AccessOf(mailbox) is var access and not MailboxAccess.Granted)
            {
                await GraphErrors.MailboxNotReadable(context, access); // GF-12: every mailbox path
                return;
            }

            if (mailbox is not null)
            {
                fault = await ThrottleAsync(context, mailbox);
                if (fault is not null)
                {
                    return;
                }

                holdsAppSlot = holdsSlot = true;
            }

            var decision = state.Faults.Decide(request.Method, pathAndQuery, isBatchItem);
            if (decision is { } chosen)
            {
                fault = chosen.Kind.ToString();
                state.Counters.Fault(fault);
                if (await ApplyAsync(context, chosen))
                {
                    return;
                }
            }

            await next(context);
        }
        finally
        {
            if (holdsSlot)
            {
                state.Concurrency.Exit(mailbox!);
            }

            if (holdsAppSlot)
            {
                state.AppConcurrency.Exit();
            }

            var status = fault is nameof(FaultKind.DropConnection) or nameof(FaultKind.AnswerLost) ? 0 : context.Response.StatusCode;
            state.Log.Add(new RequestLogEntry(
                sequence,
                at,
                request.Method,
                pathAndQuery,
                preferences.Raw,
                authorization.Length > 0,
                preferences.ImmutableId,
                preferences.MaxPageSize,
                status,
                fault,
                mailbox,
                isBatchItem,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds));
        }
    }

    /// <summary>Outlook's limits for a request to <paramref name="mailbox"/>: null when it may go on (holding an app slot and a
    /// mailbox slot), else the limit it broke, after answering 429.</summary>
    private async Task<string?> ThrottleAsync(HttpContext context, string mailbox)
    {
        const string Code = "ApplicationThrottled";
        if (state.RequestRate.TryCount(mailbox) is { } wait)
        {
            state.Counters.RateLimited();
            await GraphErrors.WriteAsync(context, StatusCodes.Status429TooManyRequests, Code, "Application is over its MailboxRequests limit.",
                retryAfterSeconds: Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)));
            return "MailboxRequests";
        }

        if (!state.AppConcurrency.TryEnter())
        {
            state.Counters.AppConcurrencyRejected();
            await GraphErrors.WriteAsync(context, StatusCodes.Status429TooManyRequests, Code, "Application is over its MailboxConcurrency limit.", retryAfterSeconds: 1);
            return "AppConcurrency";
        }

        if (!state.Concurrency.TryEnter(mailbox))
        {
            state.AppConcurrency.Exit();
            state.Counters.ConcurrencyRejected();
            await GraphErrors.WriteAsync(context, StatusCodes.Status429TooManyRequests, Code, "Application is over its MailboxConcurrency limit.", retryAfterSeconds: 1);
            return "MailboxConcurrency";
        }

        return null;
    }

    /// <summary>Applies a fault; true when the request is answered (or dropped) by it.</summary>
    private async Task<bool> ApplyAsync(HttpContext context, FaultDecision decision)
    {
        switch (decision.Kind)
        {
            case FaultKind.Throttle:
                await GraphErrors.WriteAsync(context, StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many requests. Retry after the interval in the Retry-After header.", decision.RetryAfterSeconds);
                return true;
            case FaultKind.ServiceUnavailable:
                await GraphErrors.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "serviceNotAvailable", "The service is temporarily unavailable. Retry after the interval in the Retry-After header.", decision.RetryAfterSeconds);
                return true;
            case FaultKind.ServiceUnavailableWithoutRetryAfter:
                await GraphErrors.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "serviceNotAvailable", "The service is temporarily unavailable.");
                return true;
            case FaultKind.GatewayTimeout:
                await GraphErrors.WriteAsync(context, StatusCodes.Status504GatewayTimeout, "UnknownError", "The gateway timed out.");
                return true;
            case FaultKind.BadGatewayHtml:
                await GatewayPage.WriteAsync(context, StatusCodes.Status502BadGateway);
                return true;
            case FaultKind.GatewayTimeoutHtml:
                await GatewayPage.WriteAsync(context, StatusCodes.Status504GatewayTimeout);
                return true;
            case FaultKind.DropConnection:
                context.Abort();
                return true;
            case FaultKind.Latency:
                await Task.Delay(decision.LatencyMilliseconds, context.RequestAborted);
                return false;
            case FaultKind.TruncatedBody:
                await WriteTruncatedAsync(context);
                return true;
            case FaultKind.SlowAnswer:
                await WriteHeldAsync(context, decision.LatencyMilliseconds);
                return true;
            case FaultKind.AnswerLost:
                (await RunBufferedAsync(context)).Dispose();
                context.Abort();
                return true;
            case FaultKind.Forbidden:
                await GraphErrors.WriteAsync(context, StatusCodes.Status403Forbidden, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
                return true;
            default:
                return false;
        }
    }

    /// <summary>Carries the request out, then holds its (buffered) answer for <paramref name="milliseconds"/>.</summary>
    private async Task WriteHeldAsync(HttpContext context, int milliseconds)
    {
        using var buffer = await RunBufferedAsync(context);
        await Task.Delay(milliseconds, context.RequestAborted);
        await context.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted);
    }

    private async Task WriteTruncatedAsync(HttpContext context)
    {
        using var buffer = await RunBufferedAsync(context);
        var length = (int)(buffer.Length / 2);
        context.Response.ContentLength = length;
        await context.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, length), context.RequestAborted);
    }

    /// <summary>Runs the rest of the pipeline with the response body captured; the caller writes what it wants of it.</summary>
    private async Task<MemoryStream> RunBufferedAsync(HttpContext context)
    {
        var original = context.Response.Body;
        var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        catch
        {
            await buffer.DisposeAsync();
            throw;
        }
        finally
        {
            context.Response.Body = original;
        }

        return buffer;
    }

    private bool Authorized(string authorization, out string error)
    {
        const string Bearer = "Bearer ";
        if (authorization.Length == 0)
        {
            error = "Access token is empty.";
            return false;
        }

        if (!authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase) || authorization.Length == Bearer.Length)
        {
            error = "Access token validation failure. Invalid audience.";
            return false;
        }

        var token = authorization[Bearer.Length..].Trim();
        if (state.Options.TokenValidator is { } validate && !validate(token))
        {
            error = "Access token validation failure.";
            return false;
        }

        if (state.Tokens.IsExpired(token))
        {
            state.Counters.ExpiredToken();
            error = "Lifetime validation failed, the token is expired.";
            return false;
        }

        error = string.Empty;
        return true;
    }

    /// <summary>The user id of a mailbox resource (<c>/users/{id}/…</c>), or null for directory and batch requests.</summary>
    private string? MailboxOf(PathString remainder)
    {
        var path = remainder.Value;
        if (path is null || !path.StartsWith("/users/", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var rest = path.AsSpan("/users/".Length);
        var slash = rest.IndexOf('/');
        if (slash <= 0 || slash == rest.Length - 1)
        {
            return null;
        }

        var key = Uri.UnescapeDataString(rest[..slash].ToString());
        return state.Snapshot.FindUser(key)?.Id ?? key.ToLowerInvariant();
    }
}
