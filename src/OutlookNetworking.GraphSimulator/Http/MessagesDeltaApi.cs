using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OutlookNetworking.GraphSimulator.Store;

namespace OutlookNetworking.GraphSimulator.Http;

/// <summary>
/// <c>GET /users/{id}/mailFolders/{id}/messages/delta</c>: delta rounds over one folder, with
/// <c>$select</c> (required: without it Graph's default projection would include the body),
/// <c>Prefer: odata.maxpagesize</c> (default 10, at most 1000), absolute next and delta links,
/// <c>@removed</c> for messages deleted or moved out of the folder.
/// </summary>
internal static class MessagesDeltaApi
{
    public static void MapMessagesDeltaApi(this IEndpointRouteBuilder routes)
    {
        // Graph accepts the function as delta, delta() (the SDK's form) and microsoft.graph.delta().
        foreach (var function in DeltaPaging.FunctionSegments)
        {
            routes.MapGet("/v1.0/users/{user}/mailFolders/{folder}/messages/" + function, HandleAsync);
        }
    }

    private static async Task HandleAsync(HttpContext context, string user, string folder, SimulatorState state)
    {
        var mailbox = state.Mailbox(user);
        if (mailbox is null)
        {
            await GraphErrors.InvalidUser(context, user);
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
            if (SelectQuery.RawFrom(context.Request) is { } extra
                && SelectQuery.Parse(extra, "message", GraphProperties.Message, out _, out var extraContent) is null
                && extraContent is not null)
            {
                await GraphErrors.ContentDenied(context, $"$select names '{extraContent}'");
                return;
            }

            var decoded = DeltaToken.TryDecode(tokenText);
            if (await DeltaPaging.RejectTokenAsync(context, decoded, 'm', mailbox))
            {
                return;
            }

            token = decoded!;
        }
        else
        {
            var target = mailbox.Folders.Find(folder);
            if (target is null)
            {
                await GraphErrors.ItemNotFound(context);
                return;
            }

            var rawSelect = SelectQuery.RawFrom(context.Request);
            if (rawSelect is null)
            {
                await GraphErrors.ContentDenied(context, "a message request without $select returns the body and bodyPreview; name metadata fields in $select");
                return;
            }

            if (SelectQuery.Parse(rawSelect, "message", GraphProperties.Message, out var error, out var content) is null)
            {
                await (content is not null
                    ? GraphErrors.ContentDenied(context, $"$select names '{content}'")
                    : GraphErrors.BadRequest(context, error!, "RequestBroker--ParseUri"));
                return;
            }

            if (context.Request.Query.ContainsKey("$expand"))
            {
                await GraphErrors.ContentDenied(context, "$expand would read attachments or extensions");
                return;
            }

            token = DeltaPaging.Start('m', mailbox.UserId, DeltaScope.Folder(target.Key), mailbox.Messages, rawSelect, preferences.MaxPageSize, mailbox.Epoch);
        }

        var select = SelectQuery.Parse(token.Select, "message", GraphProperties.Message, out _, out _)!;
        var pageSize = DeltaPaging.PageSize(preferences, token);
        var items = new List<PageItem>(Math.Min(pageSize, 1024));
        // A search folder holds no messages of its own: its delta serves its source folder's (GF-7).
        var scope = DeltaScope.Folder(mailbox.Folders.ContentKeyOf(token.FolderKey!));
        DeltaPaging.Read(mailbox.Messages, scope, token, pageSize, items, out var next, out var delta);
        DeltaPaging.ApplyPreference(context, preferences, pageSize);

        var root = GraphJson.ServiceRoot(context);
        var link = $"{root}/users/{mailbox.UserId}/mailFolders/{mailbox.Folders.IdOf(token.FolderKey!)}/messages/delta?"
            + DeltaPaging.LinkQuery(mailbox, next, delta);
        var page = new MessagePage(root, next is not null, link, items, select.FieldIds, preferences.ImmutableId, mailbox.Folders);
        await GraphJson.WriteAsync(context, StatusCodes.Status200OK, page, WritePage);
    }

    private static void WritePage(Utf8JsonWriter writer, MessagePage page)
    {
        writer.WriteStartObject();
        writer.WriteString("@odata.context", page.Root + "/$metadata#Collection(message)");
        writer.WriteString(page.HasNext ? "@odata.nextLink" : "@odata.deltaLink", page.Link);
        writer.WriteStartArray("value");
        var folderIds = new FolderIdCache(page.Folders);
        foreach (var item in page.Items)
        {
            MessageJson.Write(writer, item, page.Fields, page.ImmutableId, folderIds);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private sealed record MessagePage(
        string Root,
        bool HasNext,
        string Link,
        List<PageItem> Items,
        int[] Fields,
        bool ImmutableId,
        FolderRegistry Folders);
}
