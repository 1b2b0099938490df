using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OutlookNetworking.GraphSimulator.Snapshot;
using OutlookNetworking.GraphSimulator.Store;

namespace OutlookNetworking.GraphSimulator.Http;

/// <summary>
/// Plain message reads, for a demo's message picker: <c>GET /users/{id}/messages</c>,
/// <c>GET /users/{id}/mailFolders/{id}/messages</c> (newest received first, <c>$top</c> default 10
/// and at most 1000, absolute next links) and <c>GET /users/{id}/messages/{id}</c>. The same
/// metadata guard as delta: <c>$select</c> is required and may not name content. With <c>$filter</c>, see
/// <see cref="SentMailQuery"/>.
/// </summary>
internal static class MessagesApi
{
    private const int DefaultPageSize = 10;
    private const int MaxPageSize = 1000;
    private static readonly int ReceivedDateTime = FieldNames.GetOrAdd("receivedDateTime");

    public static void MapMessagesApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/v1.0/users/{user}/messages", (HttpContext context, string user, SimulatorState state) => ListAsync(context, user, null, state));
        routes.MapGet("/v1.0/users/{user}/mailFolders/{folder}/messages", (HttpContext context, string user, string folder, SimulatorState state) => ListAsync(context, user, folder, state));
        routes.MapGet("/v1.0/users/{user}/messages/{id}", GetAsync);
    }

    private static async Task ListAsync(HttpContext context, string user, string? folder, SimulatorState state)
    {
        if (SentMailQuery.IsPresent(context))
        {
            await SentMailQuery.WriteAsync(context, user, folder, state);
            return;
        }

        var mailbox = state.Mailbox(user);
        if (mailbox is null)
        {
            await GraphErrors.InvalidUser(context, user);
            return;
        }

        MailFolder? target = null;
        if (folder is not null && (target = mailbox.Folders.Find(folder)) is null)
        {
            await GraphErrors.ItemNotFound(context);
            return;
        }

        var token = PageToken.TryDecode(context.Request.Query["$skiptoken"]);
        var select = await SelectAsync(context, token?.Select ?? SelectQuery.RawFrom(context.Request));
        if (select is null)
        {
            return;
        }

        var pageSize = token?.PageSize ?? DefaultPageSize;
        if (token is null && context.Request.Query.TryGetValue("$top", out var top)
            && (!int.TryParse(top, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize < 1 || pageSize > MaxPageSize))
        {
            await GraphErrors.BadRequest(context, $"Invalid $top: '{top}'. Must be between 1 and {MaxPageSize}.", "ErrorInvalidParameter");
            return;
        }

        var items = mailbox.Messages.Live(target?.Key);
        var keys = items.Select(i => i.Payload!.GetString(ReceivedDateTime) is { } text ? SnapshotLineParser.TryParseInstant(text) ?? default : default).ToArray();
        var order = Enumerable.Range(0, items.Count).OrderByDescending(i => keys[i]).ThenBy(i => items[i].Id, StringComparer.Ordinal).ToArray();
        var offset = token?.Offset ?? 0;
        var end = Math.Min(order.Length, offset + pageSize);
        var page = new List<PageItem>(Math.Max(0, end - offset));
        for (var i = offset; i < end; i++)
        {
            page.Add(items[order[i]]);
        }

        var root = GraphJson.ServiceRoot(context);
        var path = target is null ? $"users/{mailbox.UserId}/messages" : $"users/{mailbox.UserId}/mailFolders/{target.Id}/messages";
        var next = end < order.Length ? $"{root}/{path}?$skiptoken={new PageToken(end, select.Raw, pageSize).Encode()}" : null;
        var immutable = RequestPreferences.Of(context).ImmutableId;
        await GraphJson.WriteAsync(context, StatusCodes.Status200OK, (root, next, page, select, immutable, mailbox), static (writer, s) =>
        {
            writer.WriteStartObject();
            writer.WriteString("@odata.context", $"{s.root}/$metadata#users('{s.mailbox.UserId}')/messages");
            if (s.next is not null)
            {
                writer.WriteString("@odata.nextLink", s.next);
            }

            writer.WriteStartArray("value");
            var folders = new FolderIdCache(s.mailbox.Folders);
            foreach (var item in s.page)
            {
                MessageJson.Write(writer, item, s.select.FieldIds, s.immutable, folders);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static async Task GetAsync(HttpContext context, string user, string id, SimulatorState state)
    {
        var mailbox = state.Mailbox(user);
        if (mailbox is null)
        {
            await GraphErrors.InvalidUser(context, user);
            return;
        }

        var select = await SelectAsync(context, SelectQuery.RawFrom(context.Request));
        if (select is null)
        {
            return;
        }

        if (mailbox.Messages.Find(ItemIds.Normalize(id)) is not { } item)
        {
            await GraphErrors.ItemNotFound(context);
            return;
        }

        var immutable = RequestPreferences.Of(context).ImmutableId;
        await GraphJson.WriteAsync(context, StatusCodes.Status200OK, (item, select, immutable, mailbox), static (writer, s) =>
            MessageJson.Write(writer, s.item, s.select.FieldIds, s.immutable, new FolderIdCache(s.mailbox.Folders)));
    }

    /// <summary>The select list, or null after answering 403 (content, or no $select) or 400 (unknown property).</summary>
    internal static async Task<SelectQuery?> SelectAsync(HttpContext context, string? raw)
    {
        if (raw is null)
        {
            await GraphErrors.ContentDenied(context, "a message request without $select returns the body and bodyPreview; name metadata fields in $select");
            return null;
        }

        var select = SelectQuery.Parse(raw, "message", GraphProperties.Message, out var error, out var content);
        if (select is null)
        {
            await (content is not null
                ? GraphErrors.ContentDenied(context, $"$select names '{content}'")
                : GraphErrors.BadRequest(context, error!, "RequestBroker--ParseUri"));
        }

        return select;
    }
}
