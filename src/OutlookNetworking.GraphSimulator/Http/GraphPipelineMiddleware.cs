using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using OutlookNetworking.GraphSimulator.Control;
using OutlookNetworking.GraphSimulator.Faults;

namespace OutlookNetworking.GraphSimulator.Http;

/// <summary>
/// What every <c>/v1.0</c> request goes through, in Graph's order: the bearer token (401), the
/// mailbox's readability (403 ErrorAccessDenied / 404 MailboxNotEnabledForRESTAPI, GF-12), the
/// per-mailbox concurrency limit (429 MailboxConcurrency), then injected faults; and, around it
/// all, the request log and counters.
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
                if (!state.Concurrency.TryEnter(mailbox))
                {
                    fault = "MailboxConcurrency";
                    state.Counters.ConcurrencyRejected();
                    await GraphErrors.WriteAsync(
                        context,
                        StatusCodes.Status429TooManyRequests,
                        "ApplicationThrottled",
                        "Application is over its MailboxConcurrency limit.",
                        retryAfterSeconds: 1);
                    return;
                }

                holdsSlot = true;
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

            var status = fault == nameof(FaultKind.DropConnection) ? 0 : context.Response.StatusCode;
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
            case FaultKind.GatewayTimeout:
                await GraphErrors.WriteAsync(context, StatusCodes.Status504GatewayTimeout, "UnknownError", "The gateway timed out.");
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
