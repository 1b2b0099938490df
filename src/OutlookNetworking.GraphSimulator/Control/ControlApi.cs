using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace OutlookNetworking.GraphSimulator.Control;

/// <summary>
/// The control surface over HTTP, under <c>/_simulator</c>, for tests that drive a simulator in
/// another process. Mirrors <see cref="SimulatorControl"/>; errors are problem details
/// (404 unknown user or item, 400 invalid input, 409 duplicate id). No token is required: the
/// simulator listens on loopback only.
/// </summary>
internal static class ControlApi
{
    public static void MapControlApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/_simulator");
        group.MapGet("/tenant", Tenant);
        group.MapPost("/users/{user}/messages", (string user, JsonObject message, SimulatorControl control) =>
            Run(() => control.AddMessage(user, message), created: true));
        group.MapPatch("/users/{user}/messages/{id}", (string user, string id, JsonObject changes, SimulatorControl control) =>
            Run(() => control.UpdateMessage(user, id, changes)));
        group.MapPost("/users/{user}/messages/{id}/move", (string user, string id, MoveRequest move, SimulatorControl control) =>
            Run(() => control.MoveMessage(user, id, move.Folder)));
        group.MapDelete("/users/{user}/messages/{id}", (string user, string id, SimulatorControl control) =>
            Run(() => control.DeleteMessage(user, id)));
        group.MapPost("/users/{user}/events", (string user, JsonObject calendarEvent, SimulatorControl control) =>
            Run(() => control.AddEvent(user, calendarEvent), created: true));
        group.MapPatch("/users/{user}/events/{id}", (string user, string id, JsonObject changes, SimulatorControl control) =>
            Run(() => control.UpdateEvent(user, id, changes)));
        group.MapDelete("/users/{user}/events/{id}", (string user, string id, SimulatorControl control) =>
            Run(() => control.DeleteEvent(user, id)));
        group.MapPut("/users/{user}/mailbox-access", (string user, MailboxAccessRequest request, SimulatorControl control) =>
            Run(() => control.SetMailboxAccess(user, request.Access)));
        group.MapGet("/users/{user}/mailbox-access", (string user, SimulatorControl control) =>
            RunValue(() => new MailboxAccessRequest(control.GetMailboxAccess(user))));
        group.MapDelete("/users/{user}/series/{id}", (string user, string id, SimulatorControl control) =>
            Run(() => control.DeleteSeries(user, id)));
        group.MapPost("/users/{user}/events/{id}/cancel", (string user, string id, SimulatorControl control) =>
            Run(() => control.CancelOccurrence(user, id)));
        group.MapPost("/users/{user}/events/{id}/move", (string user, string id, MoveOccurrenceRequest move, SimulatorControl control) =>
            Run(() => control.MoveOccurrence(user, id, move.Start, move.End)));
        group.MapGet("/users/{user}/folders/{folder}", (string user, string folder, SimulatorControl control) =>
            RunValue(() => new { id = control.FolderId(user, folder) }));
        group.MapPost("/delta/expire", (string? user, SimulatorControl control) => Run(() => control.ExpireDeltaTokens(user)));
        group.MapPost("/tokens/expire", (SimulatorControl control) => Run(control.ExpireAccessTokens));
        group.MapGet("/faults", (SimulatorControl control) => TypedResults.Ok(control.Faults));
        group.MapPut("/faults", (FaultOptions options, SimulatorControl control) => Run(() => control.SetFaults(options)));
        group.MapDelete("/faults", (SimulatorControl control) => Run(control.ClearFaults));
        group.MapPost("/faults/rules", (FaultRule rule, SimulatorControl control) => Run(() => control.AddFaultRule(rule)));
        group.MapGet("/requests", (SimulatorControl control) => TypedResults.Ok(control.RequestLog));
        group.MapDelete("/requests", (SimulatorControl control) => Run(control.ClearRequestLog));
        group.MapGet("/counters", (SimulatorControl control) => TypedResults.Ok(control.Counters));
        group.MapDelete("/counters", (SimulatorControl control) => Run(control.ResetCounters));
        group.MapGet("/outbox", (SimulatorControl control) => TypedResults.Ok(control.Outbox));
        group.MapDelete("/outbox", (SimulatorControl control) => Run(control.ClearOutbox));
        group.MapGet("/clock", (SimulatorControl control) => TypedResults.Ok(new ClockRequest(control.Clock.GetUtcNow())));
        group.MapPut("/clock", (ClockRequest clock, SimulatorControl control) => Run(() => control.SetClock(clock.UtcNow)));
        group.MapPost("/clock/advance", (AdvanceRequest advance, SimulatorControl control) =>
            Run(() => control.AdvanceClock(TimeSpan.FromSeconds(advance.Seconds))));
    }

    private static Ok<TenantView> Tenant(SimulatorControl control)
    {
        var snapshot = control.Snapshot;
        return TypedResults.Ok(new TenantView(
            snapshot.Tenant.TenantId,
            snapshot.Tenant.DisplayName,
            snapshot.Tenant.Domains,
            snapshot.Now,
            control.Clock.GetUtcNow(),
            snapshot.Users.Count,
            snapshot.LoadReport.SkippedLines,
            snapshot.LoadReport.SkippedLinesByMailbox,
            snapshot.LoadReport.Errors));
    }

    private static IResult Run(Action action, bool created = false)
    {
        try
        {
            action();
            return created ? TypedResults.Created() : TypedResults.NoContent();
        }
        catch (KeyNotFoundException exception)
        {
            return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status404NotFound);
        }
        catch (ArgumentException exception)
        {
            return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status400BadRequest);
        }
        catch (InvalidOperationException exception)
        {
            return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status409Conflict);
        }
    }

    private static IResult RunValue<T>(Func<T> action)
    {
        try
        {
            return TypedResults.Ok(action());
        }
        catch (KeyNotFoundException exception)
        {
            return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status404NotFound);
        }
    }

    internal sealed record MoveRequest(string Folder);

    internal sealed record MailboxAccessRequest(MailboxAccess Access);

    internal sealed record MoveOccurrenceRequest(DateTimeOffset Start, DateTimeOffset? End);

    internal sealed record ClockRequest(DateTimeOffset UtcNow);

    internal sealed record AdvanceRequest(double Seconds);

    internal sealed record TenantView(
        string TenantId,
        string DisplayName,
        IReadOnlyList<string> Domains,
        DateTimeOffset? SnapshotNow,
        DateTimeOffset ClockNow,
        int Users,
        int SkippedLines,
        IReadOnlyDictionary<string, int> SkippedLinesByMailbox,
        IReadOnlyList<Snapshot.SnapshotLineError> Errors);
}
