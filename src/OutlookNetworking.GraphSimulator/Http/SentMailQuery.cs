using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using OutlookNetworking.GraphSimulator.Control;
using OutlookNetworking.GraphSimulator.Store;

namespace OutlookNetworking.GraphSimulator.Http;

/// <summary>
/// <c>$filter</c> on <c>GET /users/{id}/messages</c> and <c>GET /users/{id}/mailFolders/{drafts|sentitems}/messages</c>:
/// the sender's own copies of what it sent through <c>sendMail</c> (see <see cref="SentCopies"/>: in Drafts until
/// transport took them, then in Sent Items when kept). This is how a sender finds out whether a send whose answer it
/// lost went through. The filter is a conjunction (<c>and</c>) of <c>internetMessageId eq '…'</c> and comparisons
/// (<c>eq ge gt le lt</c>) of <c>receivedDateTime</c>, <c>sentDateTime</c> or <c>createdDateTime</c> with an instant
/// (docs: filter-query-parameter, "Get all emails received … in April 2017"); a comparison with a property that is
/// null (a draft's <c>sentDateTime</c>) leaves the message out, as the docs say. Any other <c>$filter</c> is refused
/// with 400: the simulator evaluates no other OData filter (a limit of the simulator, not Graph's behaviour). Messages
/// of the snapshot are not searched. <c>$select</c> is required and may not name content (the metadata guard);
/// <c>$top</c> (default 10, at most 1000) and <c>$skip</c> next links; newest first.
/// </summary>
internal static partial class SentMailQuery
{
    private const int DefaultPageSize = 10;
    private const int MaxPageSize = 1000;

    public static bool IsPresent(HttpContext context) => context.Request.Query.ContainsKey("$filter");

    public static async Task WriteAsync(HttpContext context, string user, string? folder, SimulatorState state)
    {
        var sender = state.Snapshot.FindUser(user);
        if (sender is null)
        {
            await GraphErrors.InvalidUser(context, user);
            return;
        }

        var predicate = Parse(context.Request.Query["$filter"].ToString());
        if (predicate is null)
        {
            await GraphErrors.BadRequest(context,
                "The simulator evaluates only $filter=internetMessageId eq '<id>' and comparisons of receivedDateTime, sentDateTime or createdDateTime joined by 'and'.",
                "ErrorInvalidUrlQueryFilter");
            return;
        }

        var select = await MessagesApi.SelectAsync(context, SelectQuery.RawFrom(context.Request));
        if (select is null || await PageSizeAsync(context) is not { } pageSize)
        {
            return;
        }

        var mailbox = state.Mailbox(user)!;
        var wanted = FolderOf(mailbox, folder);
        var now = state.Clock.GetUtcNow();
        var delay = state.Options.SendTransportDelay;
        var copies = state.Outbox.Snapshot()
            .Where(m => m.SenderUserId == sender.Id)
            .Select(m => new Copy(m, SentCopies.Where(m, now, delay), delay))
            .Where(c => c.Folder != SentCopyFolder.None && (wanted is null || c.Folder == wanted) && predicate(c))
            .OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Mail.Id, StringComparer.Ordinal)
            .ToList();
        var offset = int.TryParse(context.Request.Query["$skip"], NumberStyles.None, CultureInfo.InvariantCulture, out var skip) ? skip : 0;
        var page = copies.Skip(offset).Take(pageSize).ToList();
        var root = GraphJson.ServiceRoot(context);
        var next = offset + page.Count < copies.Count ? NextLink(context, root, offset + page.Count) : null;
        var folders = (Drafts: mailbox.Folders.IdOf("drafts"), SentItems: mailbox.Folders.IdOf("sentitems"));
        await GraphJson.WriteAsync(context, StatusCodes.Status200OK, (root, sender.Id, page, next, select, folders), static (writer, s) =>
        {
            writer.WriteStartObject();
            writer.WriteString("@odata.context", $"{s.root}/$metadata#users('{s.Id}')/messages");
            if (s.next is not null)
            {
                writer.WriteString("@odata.nextLink", s.next);
            }

            writer.WriteStartArray("value");
            foreach (var copy in s.page)
            {
                WriteCopy(writer, copy, s.select, copy.Folder == SentCopyFolder.Drafts ? s.folders.Drafts : s.folders.SentItems);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>Drafts or Sent Items for a folder given by well-known name or id; null for the whole mailbox; None for any
    /// other folder (which holds no sent copies).</summary>
    private static SentCopyFolder? FolderOf(Store.MailboxStore mailbox, string? folder)
    {
        if (folder is null)
        {
            return null;
        }

        var found = mailbox.Folders.Find(folder);
        return found?.Key switch
        {
            "drafts" => SentCopyFolder.Drafts,
            "sentitems" => SentCopyFolder.SentItems,
            _ => SentCopyFolder.None,
        };
    }

    private static Func<Copy, bool>? Parse(string filter)
    {
        var clauses = And().Split(filter.Trim());
        var tests = new List<Func<Copy, bool>>();
        foreach (var clause in clauses)
        {
            var id = MessageIdClause().Match(clause);
            if (id.Success)
            {
                var value = id.Groups["id"].Value.Replace("''", "'", StringComparison.Ordinal);
                tests.Add(c => string.Equals(c.Mail.InternetMessageId, value, StringComparison.Ordinal));
                continue;
            }

            var compare = DateClause().Match(clause);
            if (!compare.Success || !DateTimeOffset.TryParse(compare.Groups["at"].Value, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
            {
                return null;
            }

            Func<Copy, DateTimeOffset?> property = compare.Groups["property"].Value.ToLowerInvariant() switch
            {
                "receiveddatetime" => c => c.ReceivedAt,
                "sentdatetime" => c => c.SentAt,
                _ => c => SentCopies.CreatedAt(c.Mail),
            };
            Func<int, bool> holds = compare.Groups["op"].Value.ToLowerInvariant() switch
            {
                "eq" => r => r == 0,
                "ge" => r => r >= 0,
                "gt" => r => r > 0,
                "le" => r => r <= 0,
                _ => r => r < 0,
            };
            tests.Add(c => property(c) is { } value && holds(value.CompareTo(at)));
        }

        return c => tests.TrueForAll(test => test(c));
    }

    private static void WriteCopy(Utf8JsonWriter writer, Copy copy, SelectQuery select, string folderId)
    {
        var mail = copy.Mail;
        writer.WriteStartObject();
        writer.WriteString("@odata.type", "#microsoft.graph.message");
        foreach (var field in select.FieldIds)
        {
            var name = FieldNames.Name(field);
            writer.WritePropertyName(FieldNames.Encoded(field));
            switch (name.ToLowerInvariant())
            {
                case "internetmessageid": writer.WriteStringValue(mail.InternetMessageId); break;
                case "createddatetime" or "lastmodifieddatetime": WriteInstant(writer, SentCopies.CreatedAt(mail)); break;
                case "receiveddatetime": WriteInstant(writer, copy.ReceivedAt); break;
                case "sentdatetime": WriteInstant(writer, copy.SentAt); break;
                case "subject": writer.WriteStringValue(mail.Subject); break;
                case "isdraft": writer.WriteBooleanValue(copy.Folder == SentCopyFolder.Drafts); break;
                case "parentfolderid": writer.WriteStringValue(folderId); break;
                case "torecipients": WriteRecipients(writer, mail.To); break;
                case "ccrecipients": WriteRecipients(writer, mail.Cc); break;
                case "bccrecipients": WriteRecipients(writer, mail.Bcc); break;
                case "from" or "sender": WriteRecipient(writer, new MailRecipient(null, mail.SenderAddress)); break;
                default: writer.WriteNullValue(); break; // internetMessageHeaders among them: a sent copy carries no transport headers
            }
        }

        writer.WriteString("id", "AAMkAGSent" + mail.Id);
        writer.WriteEndObject();
    }

    private static void WriteInstant(Utf8JsonWriter writer, DateTimeOffset? at)
    {
        if (at is { } value)
        {
            writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static void WriteRecipients(Utf8JsonWriter writer, IReadOnlyList<MailRecipient> recipients)
    {
        writer.WriteStartArray();
        foreach (var recipient in recipients)
        {
            WriteRecipient(writer, recipient);
        }

        writer.WriteEndArray();
    }

    private static void WriteRecipient(Utf8JsonWriter writer, MailRecipient recipient)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("emailAddress");
        writer.WriteString("name", recipient.Name ?? recipient.Address);
        writer.WriteString("address", recipient.Address);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static string NextLink(HttpContext context, string root, int skip)
    {
        var query = context.Request.Query.Where(p => p.Key != "$skip")
            .Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value.ToString()));
        var path = context.Request.Path.Value!["/v1.0".Length..];
        return root + path + "?" + string.Join('&', query.Append("$skip=" + skip.ToString(CultureInfo.InvariantCulture)));
    }

    private static async Task<int?> PageSizeAsync(HttpContext context)
    {
        if (!context.Request.Query.TryGetValue("$top", out var top))
        {
            return DefaultPageSize;
        }

        if (int.TryParse(top, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size is >= 1 and <= MaxPageSize)
        {
            return size;
        }

        await GraphErrors.BadRequest(context, $"Invalid $top: '{top}'. Must be between 1 and {MaxPageSize}.", "ErrorInvalidParameter");
        return null;
    }

    [GeneratedRegex(@"\s+and\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex And();

    [GeneratedRegex(@"^\s*internetMessageId\s+eq\s+'(?<id>(?:[^']|'')*)'\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MessageIdClause();

    [GeneratedRegex(@"^\s*(?<property>receivedDateTime|sentDateTime|createdDateTime)\s+(?<op>eq|ge|gt|le|lt)\s+(?<at>\d{4}-\d{2}-\d{2}(T[0-9:.]+(Z|[+-]\d{2}:\d{2})?)?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateClause();

    private sealed record Copy(SentMail Mail, SentCopyFolder Folder, TimeSpan TransportDelay)
    {
        public DateTimeOffset ReceivedAt => SentCopies.ReceivedAt(Mail, Folder, TransportDelay);

        public DateTimeOffset? SentAt => SentCopies.SentAt(Mail, Folder, TransportDelay);
    }
}
