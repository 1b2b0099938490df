using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OutlookNetworking.GraphSimulator.Store;

namespace OutlookNetworking.GraphSimulator.Http;

/// <summary>
/// Reading one event and a series' instances, as Graph documents them (event-get, event-list-instances):
/// <list type="bullet">
/// <item><c>GET /users/{id}/events/{id}</c>: the event whole; a series master with its <c>recurrence</c> and its
/// first occurrence's start and end; an occurrence filled from its master. 404 <c>ErrorItemNotFound</c> when it is
/// gone (a deleted series, GF-2). Also as a <c>$batch</c> step.</item>
/// <item><c>GET /users/{id}/events/{id}/instances?startDateTime=&amp;endDateTime=</c>: a master's occurrences and
/// exceptions in the range, by start, filled from the master; cancelled ones are simply absent (GF-4). Pages of
/// <c>$top</c> (default 10, at most 1000) with absolute next links.</item>
/// </list>
/// <c>$select</c> is honoured (an unknown property: 400); times are UTC unless <c>Prefer: outlook.timezone</c> asks
/// otherwise (GF-5); body and bodyPreview only for a token holding <c>Calendars.Read</c> (GF-6). The simulator's
/// metadata guard (not Graph behaviour) answers 403 to a <c>$select</c> naming content.
/// </summary>
internal static class EventsApi
{
    private const int DefaultPageSize = 10;
    private const int MaxPageSize = 1000;

    public static void MapEventsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/v1.0/users/{user}/events/{id}", GetAsync);
        routes.MapGet("/v1.0/users/{user}/events/{id}/instances", InstancesAsync);
    }

    private static async Task GetAsync(HttpContext context, string user, string id, SimulatorState state)
    {
        if (await OpenAsync(context, user, state) is not { } request)
        {
            return;
        }

        var item = request.Mailbox.Events.Find(ItemIds.Normalize(id));
        if (item is not { } found)
        {
            await GraphErrors.ItemNotFound(context);
            return;
        }

        var master = MasterToFill(request.Mailbox, found);
        await GraphJson.WriteAsync(context, StatusCodes.Status200OK, (found, request.View, master), static (writer, s) =>
            EventJson.Write(writer, s.found, s.View, s.master));
    }

    private static async Task InstancesAsync(HttpContext context, string user, string id, SimulatorState state)
    {
        if (await OpenAsync(context, user, state) is not { } request)
        {
            return;
        }

        var start = ParseInstant(context.Request.Query["startDateTime"]);
        var end = ParseInstant(context.Request.Query["endDateTime"]);
        if (start is null || end is null)
        {
            await GraphErrors.BadRequest(context, "This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.", "ErrorInvalidParameter");
            return;
        }

        var seriesId = ItemIds.Normalize(id);
        var series = request.Mailbox.Events.Series(seriesId);
        if (series.Count == 0 || series[0].Traits!.Role != SeriesRole.Master)
        {
            await GraphErrors.ItemNotFound(context);
            return;
        }

        var token = PageToken.TryDecode(context.Request.Query["$skiptoken"]);
        var pageSize = token?.PageSize ?? DefaultPageSize;
        if (token is null && context.Request.Query.TryGetValue("$top", out var top)
            && (!int.TryParse(top, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize < 1 || pageSize > MaxPageSize))
        {
            await GraphErrors.BadRequest(context, $"Invalid $top: '{top}'. Must be between 1 and {MaxPageSize}.", "ErrorInvalidParameter");
            return;
        }

        var master = series[0];
        var instances = series.Skip(1).Where(i => i.Start < end && i.End > start).ToList();
        var offset = token?.Offset ?? 0;
        var page = instances.Skip(offset).Take(pageSize).ToList();
        var root = GraphJson.ServiceRoot(context);
        string? next = null;
        if (offset + page.Count < instances.Count)
        {
            var window = $"startDateTime={Uri.EscapeDataString(context.Request.Query["startDateTime"].ToString())}&endDateTime={Uri.EscapeDataString(context.Request.Query["endDateTime"].ToString())}";
            var select = request.View.Select?.Raw is { } raw ? "&$select=" + Uri.EscapeDataString(raw) : string.Empty;
            next = $"{root}/users/{request.Mailbox.UserId}/events/{Uri.EscapeDataString(id)}/instances?{window}{select}&$skiptoken={new PageToken(offset + page.Count, null, pageSize).Encode()}";
        }

        await GraphJson.WriteAsync(context, StatusCodes.Status200OK, (root, next, page, request.View, master.Payload!), static (writer, s) =>
        {
            writer.WriteStartObject();
            writer.WriteString("@odata.context", s.root + "/$metadata#Collection(event)");
            if (s.next is not null)
            {
                writer.WriteString("@odata.nextLink", s.next);
            }

            writer.WriteStartArray("value");
            foreach (var instance in s.page)
            {
                EventJson.Write(writer, instance, s.View, s.Item5);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>The mailbox, the token's calendar access and the <c>$select</c>; null when the request was answered.</summary>
    private static async Task<EventRequest?> OpenAsync(HttpContext context, string user, SimulatorState state)
    {
        var mailbox = state.Mailbox(user);
        if (mailbox is null)
        {
            await GraphErrors.InvalidUser(context, user);
            return null;
        }

        var access = CalendarPermissions.Of(context, state);
        if (await CalendarPermissions.RefuseAsync(context, access))
        {
            return null;
        }

        var select = SelectQuery.Parse(SelectQuery.RawFrom(context.Request), "event", GraphProperties.Event, out var error, out var content);
        if (content is not null)
        {
            await GraphErrors.ContentDenied(context, $"$select names '{content}'");
            return null;
        }

        if (select is null)
        {
            await GraphErrors.BadRequest(context, error!);
            return null;
        }

        var preferences = RequestPreferences.Of(context);
        return new EventRequest(mailbox, new EventView(preferences.ImmutableId, access, preferences.OutlookTimeZone, OwnZoneByDefault: false, select));
    }

    /// <summary>A skeleton occurrence is read filled from its master (when the series still has one).</summary>
    private static JsonPayload? MasterToFill(MailboxStore mailbox, PageItem item) =>
        item.Traits is { Role: SeriesRole.Member, SeriesId: { } seriesId } && mailbox.Events.Find(seriesId) is { } master
            && master.Traits?.Role == SeriesRole.Master
            ? master.Payload
            : null;

    private static DateTimeOffset? ParseInstant(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            ? value
            : null;

    private sealed record EventRequest(MailboxStore Mailbox, EventView View);
}
