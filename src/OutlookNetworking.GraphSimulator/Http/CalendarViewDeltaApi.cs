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
/// events overlapping a window, which the state tokens carry (later links need no window), as real
/// Graph serves them (graph-fidelity.md):
/// <list type="bullet">
/// <item>GF-1: series masters (with <c>recurrence</c>; start and end their first occurrence's, maybe long before the
/// window), skeleton occurrences, full exceptions and single instances;</item>
/// <item>GF-2: a later round carries what changed, so a changed occurrence comes without its master;</item>
/// <item>GF-3: <c>$select</c>, <c>$expand</c>, <c>$filter</c>, <c>$orderby</c>, <c>$search</c> (and <c>$top</c>)
/// answer 400 <c>ErrorInvalidUrlQuery</c>: whole events come, subject and location included;</item>
/// <item>GF-4: a cancelled or deleted occurrence is not reported; a series is never split across pages;</item>
/// <item>GF-5: times with seven fractional digits and no offset, in the <c>Prefer: outlook.timezone</c> zone, else
/// the event's own; all-day events midnight to midnight;</item>
/// <item>GF-6: body and bodyPreview only for a token holding <c>Calendars.Read</c>.</item>
/// </list>
/// Changed events outside the window come as <c>@removed</c>, as Graph documents.
/// </summary>
internal static class CalendarViewDeltaApi
{
    /// <summary>Query options Graph refuses with change tracking over a calendar view (GF-3).</summary>
    private static readonly string[] UnsupportedOptions = ["$orderby", "$filter", "$select", "$expand", "$search"];

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

        var access = CalendarPermissions.Of(context, state);
        if (await CalendarPermissions.RefuseAsync(context, access) || await RefuseOptionsAsync(context))
        {
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
        var view = new EventView(preferences.ImmutableId, access, preferences.OutlookTimeZone, OwnZoneByDefault: true, Select: null);
        await GraphJson.WriteAsync(context, StatusCodes.Status200OK, (root, next is not null, link, items, view), static (writer, page) =>
        {
            writer.WriteStartObject();
            writer.WriteString("@odata.context", page.root + "/$metadata#Collection(event)");
            writer.WriteString(page.Item2 ? "@odata.nextLink" : "@odata.deltaLink", page.link);
            writer.WriteStartArray("value");
            foreach (var item in page.items)
            {
                EventJson.Write(writer, item, page.view);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>Answers 400 for a query option change tracking over a calendar view does not support (GF-3); true when it did.</summary>
    private static async Task<bool> RefuseOptionsAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var sent = UnsupportedOptions.Where(o => query.ContainsKey(o) || query.ContainsKey(o[1..])).ToList();
        if (sent.Count > 0)
        {
            await GraphErrors.BadRequest(
                context,
                "The following parameters are not supported with change tracking over the 'CalendarView' resource: '" + string.Join(", ", UnsupportedOptions) + "'.",
                "ErrorInvalidUrlQuery");
            return true;
        }

        if (query.ContainsKey("$top") || query.ContainsKey("top"))
        {
            await GraphErrors.BadRequest(
                context,
                "The '$top' parameter is not supported with change tracking over the 'CalendarView' resource as page size cannot be guaranteed. Express page size preferences using the Prefer: odata.maxpagesize= header instead.",
                "ErrorInvalidUrlQuery");
            return true;
        }

        return false;
    }

    private static DateTimeOffset? ParseWindow(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            ? value
            : null;
}
