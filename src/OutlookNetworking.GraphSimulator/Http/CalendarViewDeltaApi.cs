using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OutlookNetworking.GraphSimulator.Snapshot;
using OutlookNetworking.GraphSimulator.Store;

namespace OutlookNetworking.GraphSimulator.Http;

/// <summary>
/// <c>GET /users/{id}/calendarView/delta?startDateTime=&amp;endDateTime=</c>: delta rounds over the
/// events overlapping a window, which the state tokens carry (later links need no window).
/// Graph does not support <c>$select</c> here and returns the calendarView projection; the
/// simulator models an app holding Calendars.ReadBasic.All, so that projection has no body. A
/// <c>$select</c> naming content is still refused (403). Changed events outside the window come
/// as <c>@removed</c>, as Graph documents. Times are served in UTC.
/// </summary>
internal static class CalendarViewDeltaApi
{
    private static readonly JsonEncodedText EventType = JsonEncodedText.Encode("#microsoft.graph.event");
    private static readonly int[] Computed = [FieldNames.Id, FieldNames.Start, FieldNames.End];

    public static void MapCalendarViewDeltaApi(this IEndpointRouteBuilder routes)
    {
        foreach (var function in DeltaPaging.FunctionSegments)
        {
            routes.MapGet("/v1.0/users/{user}/calendarView/" + function, HandleAsync);
        }
    }

    private static async Task HandleAsync(HttpContext context, string user, SimulatorState state)
    {
        var mailbox = state.Mailbox(user);
        if (mailbox is null)
        {
            await GraphErrors.InvalidUser(context, user);
            return;
        }

        if (SelectQuery.RawFrom(context.Request) is { } select
            && SelectQuery.Parse(select, "event", GraphProperties.Event, out _, out var content) is null
            && content is not null)
        {
            await GraphErrors.ContentDenied(context, $"$select names '{content}'");
            return;
        }

        var preferences = RequestPreferences.Of(context);
        if (!preferences.ImmutableId)
        {
            state.Counters.WithoutImmutableId();
        }

        DeltaToken token;
        var tokenText = DeltaPaging.TokenText(context.Request);
        if (tokenText is not null)
        {
            var decoded = DeltaToken.TryDecode(tokenText);
            if (await DeltaPaging.RejectTokenAsync(context, decoded, 'e', mailbox))
            {
                return;
            }

            token = decoded!;
        }
        else
        {
            var start = ParseWindow(context.Request.Query["startDateTime"]);
            var end = ParseWindow(context.Request.Query["endDateTime"]);
            if (start is null || end is null)
            {
                await GraphErrors.BadRequest(
                    context,
                    "This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.",
                    "ErrorInvalidParameter");
                return;
            }

            if (end <= start)
            {
                await GraphErrors.BadRequest(context, "EndDateTime must be after StartDateTime.", "ErrorInvalidParameter");
                return;
            }

            token = DeltaPaging.Start('e', mailbox.UserId, DeltaScope.Window(start.Value, end.Value), mailbox.Events, null, preferences.MaxPageSize, mailbox.Epoch);
        }

        var scope = DeltaScope.Window(token.WindowStart!.Value, token.WindowEnd!.Value);
        var pageSize = DeltaPaging.PageSize(preferences, token);
        var items = new List<PageItem>(Math.Min(pageSize, 1024));
        DeltaPaging.Read(mailbox.Events, scope, token, pageSize, items, out var next, out var delta);
        DeltaPaging.ApplyPreference(context, preferences, pageSize);

        var root = GraphJson.ServiceRoot(context);
        var link = $"{root}/users/{mailbox.UserId}/calendarView/delta?"
            + DeltaPaging.LinkQuery(mailbox, next, delta);
        await GraphJson.WriteAsync(context, StatusCodes.Status200OK, (root, next is not null, link, items, preferences.ImmutableId), static (writer, page) =>
        {
            writer.WriteStartObject();
            writer.WriteString("@odata.context", page.root + "/$metadata#Collection(event)");
            writer.WriteString(page.Item2 ? "@odata.nextLink" : "@odata.deltaLink", page.link);
            writer.WriteStartArray("value");
            foreach (var item in page.items)
            {
                WriteEvent(writer, item, page.ImmutableId);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static void WriteEvent(Utf8JsonWriter writer, PageItem item, bool immutableId)
    {
        var id = immutableId ? item.Id : ItemIds.ToRestId(item.Id, item.Scope);
        writer.WriteStartObject();
        writer.WriteString("@odata.type", EventType);
        if (item.Removed)
        {
            writer.WriteString("id", id);
            writer.WriteStartObject("@removed");
            writer.WriteString("reason", "deleted");
            writer.WriteEndObject();
            writer.WriteEndObject();
            return;
        }

        writer.WriteString("@odata.etag", "W/\"v" + item.Version.ToString(CultureInfo.InvariantCulture) + "\"");
        item.Payload!.WriteAll(writer, Computed);
        WriteTime(writer, "start", item.Start);
        WriteTime(writer, "end", item.End);
        writer.WriteString("id", id);
        writer.WriteEndObject();
    }

    private static void WriteTime(Utf8JsonWriter writer, string name, DateTimeOffset instant)
    {
        writer.WriteStartObject(name);
        writer.WriteString("dateTime", EventTime.ToGraphDateTime(instant));
        writer.WriteString("timeZone", "UTC");
        writer.WriteEndObject();
    }

    private static DateTimeOffset? ParseWindow(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            ? value
            : null;
}
