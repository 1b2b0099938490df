using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using OutlookNetworking.GraphSimulator.Snapshot;

namespace OutlookNetworking.GraphSimulator.Http;

/// <summary>
/// <c>$filter=internetMessageId eq '…'</c> on <c>GET /users/{id}/messages</c> and
/// <c>GET /users/{id}/mailFolders/sentitems/messages</c>: the mail that user sent with Sent Items kept, found in the
/// outbox (the simulator delivers sent mail nowhere else). This is how a sender finds out whether a send whose answer
/// it lost went through. Any other <c>$filter</c> is refused with 400: the simulator evaluates no other OData filter.
/// </summary>
internal static partial class InternetMessageIdFilter
{
    public static bool IsPresent(HttpContext context) => context.Request.Query.ContainsKey("$filter");

    public static async Task WriteAsync(HttpContext context, string user, string? folder, SimulatorState state)
    {
        var sender = state.Snapshot.FindUser(user);
        if (sender is null)
        {
            await GraphErrors.InvalidUser(context, user);
            return;
        }

        var match = Filter().Match(context.Request.Query["$filter"].ToString());
        if (!match.Success)
        {
            await GraphErrors.BadRequest(context, "The simulator evaluates only $filter=internetMessageId eq '<id>'.", "ErrorInvalidUrlQueryFilter");
            return;
        }

        var id = match.Groups["id"].Value.Replace("''", "'", StringComparison.Ordinal);
        var inSentItems = folder is null || string.Equals(folder, "sentitems", StringComparison.OrdinalIgnoreCase)
                          || string.Equals(state.Mailbox(user)?.Folders.Find("sentitems")?.Id, folder, StringComparison.Ordinal);
        var found = inSentItems
            ? state.Outbox.Snapshot().Where(m => m.SaveToSentItems && m.SenderUserId == sender.Id
                                                 && string.Equals(m.InternetMessageId, id, StringComparison.Ordinal)).ToList()
            : [];
        var root = GraphJson.ServiceRoot(context);
        await GraphJson.WriteAsync(context, StatusCodes.Status200OK, (root, sender.Id, found), static (writer, s) =>
        {
            writer.WriteStartObject();
            writer.WriteString("@odata.context", $"{s.root}/$metadata#users('{s.Id}')/messages(id,internetMessageId)");
            writer.WriteStartArray("value");
            foreach (var mail in s.found)
            {
                writer.WriteStartObject();
                writer.WriteString("id", mail.Id);
                writer.WriteString("internetMessageId", mail.InternetMessageId);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    [GeneratedRegex(@"^\s*internetMessageId\s+eq\s+'(?<id>(?:[^']|'')*)'\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Filter();
}
