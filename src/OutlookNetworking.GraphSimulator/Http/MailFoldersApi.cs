using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OutlookNetworking.GraphSimulator.Store;

namespace OutlookNetworking.GraphSimulator.Http;

/// <summary>
/// <c>GET /users/{id}/mailFolders</c> (the top-level folders and every mail search folder; default page 10 as Graph's,
/// <c>$top</c> up to 1000), <c>/mailFolders/{id}</c> and <c>/mailFolders/{id}/childFolders</c>, hidden folders only
/// with <c>includeHiddenFolders=true</c> (graph-fidelity GF-7). Folders are addressed by their opaque id or a
/// well-known name (inbox, sentitems, archive, deleteditems, drafts, junkemail, outbox, conversationhistory,
/// syncissues, conflicts, localfailures, serverfailures, scheduled, clutter, msgfolderroot). A search folder comes as
/// <c>#microsoft.graph.mailSearchFolder</c>. <c>$select</c> is not applied.
/// </summary>
internal static class MailFoldersApi
{
    private const int DefaultPageSize = 10;
    private const int MaxPageSize = 1000;

    public static void MapMailFoldersApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/v1.0/users/{user}/mailFolders", (HttpContext context, string user, SimulatorState state) =>
            ListAsync(context, user, FolderRegistry.RootName, state));
        routes.MapGet("/v1.0/users/{user}/mailFolders/{folder}", GetAsync);
        routes.MapGet("/v1.0/users/{user}/mailFolders/{folder}/childFolders", ListAsync);
    }

    private static async Task GetAsync(HttpContext context, string user, string folder, SimulatorState state)
    {
        var mailbox = state.Mailbox(user);
        if (mailbox is null)
        {
            await GraphErrors.InvalidUser(context, user);
            return;
        }

        var found = mailbox.Folders.Find(folder);
        if (found is null)
        {
            await GraphErrors.ItemNotFound(context);
            return;
        }

        var root = GraphJson.ServiceRoot(context);
        await GraphJson.WriteAsync(context, StatusCodes.Status200OK, (root, mailbox, found), static (writer, s) =>
        {
            writer.WriteStartObject();
            writer.WriteString("@odata.context", $"{s.root}/$metadata#users('{s.mailbox.UserId}')/mailFolders/$entity");
            WriteFolderBody(writer, s.mailbox, s.found);
            writer.WriteEndObject();
        });
    }

    private static async Task ListAsync(HttpContext context, string user, string folder, SimulatorState state)
    {
        var mailbox = state.Mailbox(user);
        if (mailbox is null)
        {
            await GraphErrors.InvalidUser(context, user);
            return;
        }

        var parent = mailbox.Folders.Find(folder);
        if (parent is null)
        {
            await GraphErrors.ItemNotFound(context);
            return;
        }

        var token = PageToken.TryDecode(context.Request.Query["$skiptoken"]);
        var pageSize = token?.PageSize ?? DefaultPageSize;
        if (token is null && context.Request.Query.TryGetValue("$top", out var top))
        {
            if (!int.TryParse(top, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize < 1)
            {
                await GraphErrors.BadRequest(context, $"Invalid $top: '{top}'.", "ErrorInvalidParameter");
                return;
            }

            pageSize = Math.Min(pageSize, MaxPageSize);
        }

        var includeHidden = bool.TryParse(context.Request.Query["includeHiddenFolders"], out var hidden) && hidden;
        var children = mailbox.Folders.Children(parent, includeHidden);
        var offset = token?.Offset ?? 0;
        var end = Math.Min(children.Count, offset + pageSize);
        var root = GraphJson.ServiceRoot(context);
        var segment = ReferenceEquals(parent, mailbox.Folders.Root) && !context.Request.Path.Value!.EndsWith("/childFolders", StringComparison.OrdinalIgnoreCase)
            ? "mailFolders"
            : $"mailFolders/{parent.Id}/childFolders";
        var next = end < children.Count
            ? $"{root}/users/{mailbox.UserId}/{segment}?{(includeHidden ? "includeHiddenFolders=true&" : "")}$skiptoken={new PageToken(end, null, pageSize).Encode()}"
            : null;
        await GraphJson.WriteAsync(context, StatusCodes.Status200OK, (root, mailbox, children, offset, end, next), static (writer, s) =>
        {
            writer.WriteStartObject();
            writer.WriteString("@odata.context", $"{s.root}/$metadata#users('{s.mailbox.UserId}')/mailFolders");
            if (s.next is not null)
            {
                writer.WriteString("@odata.nextLink", s.next);
            }

            writer.WriteStartArray("value");
            for (var i = s.offset; i < s.end; i++)
            {
                writer.WriteStartObject();
                WriteFolderBody(writer, s.mailbox, s.children[i]);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static void WriteFolderBody(Utf8JsonWriter writer, MailboxStore mailbox, MailFolder folder)
    {
        var isRoot = ReferenceEquals(folder, mailbox.Folders.Root);
        if (folder.IsSearchFolder)
        {
            writer.WriteString("@odata.type", "#microsoft.graph.mailSearchFolder");
        }

        writer.WriteString("id", folder.Id);
        writer.WriteString("displayName", folder.DisplayName);
        writer.WriteString("parentFolderId", mailbox.Folders.ParentIdOf(folder));
        writer.WriteNumber("childFolderCount", mailbox.Folders.ChildCount(folder));
        writer.WriteNumber("unreadItemCount", 0);
        writer.WriteNumber("totalItemCount", isRoot ? 0 : mailbox.Messages.CountIn(mailbox.Folders.ContentKeyOf(folder.Key)));
        writer.WriteBoolean("isHidden", folder.IsHidden);
        if (folder.IsSearchFolder)
        {
            writer.WriteBoolean("isSupported", true);
            writer.WriteBoolean("includeNestedFolders", false);
            writer.WriteStartArray("sourceFolderIds");
            writer.WriteStringValue(mailbox.Folders.IdOf(folder.SearchSourceKey!));
            writer.WriteEndArray();
            writer.WriteString("filterQuery", "flag/flagStatus eq 'flagged'");
        }
    }
}
