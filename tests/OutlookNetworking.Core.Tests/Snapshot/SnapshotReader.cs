using System.Globalization;
using System.Text.Json;
using OutlookNetworking.Core.Input;
using DirectoryInfo = OutlookNetworking.Core.Input.DirectoryInfo;

namespace OutlookNetworking.Core.Tests.Snapshot;

/// <summary>
/// A small test-only reader of a tenant snapshot (docs/tenant-snapshot.md) into Core input types:
/// tenant.json, users.json, rooms.json, mailboxes/&lt;id&gt;/messages.jsonl and events.jsonl.
/// Malformed lines, and messages with neither sent nor received time, are skipped and counted.
/// </summary>
internal static class SnapshotReader
{
    public static TenantSnapshot Read(string folder)
    {
        using var tenant = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "tenant.json")));
        var now = tenant.RootElement.GetProperty("now").GetDateTimeOffset();
        var domains = tenant.RootElement.GetProperty("domains").EnumerateArray().Select(d => d.GetString()!).ToList();

        using var usersDoc = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "users.json")));
        var users = usersDoc.RootElement.GetProperty("value").EnumerateArray().Select(u => u.Clone()).ToList();

        var rooms = new List<string>();
        var roomsPath = Path.Combine(folder, "rooms.json");
        if (File.Exists(roomsPath))
        {
            using var roomsDoc = JsonDocument.Parse(File.ReadAllText(roomsPath));
            rooms.AddRange(roomsDoc.RootElement.GetProperty("value").EnumerateArray()
                .Select(r => r.GetProperty("emailAddress").GetString()!));
        }

        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var user in users)
        {
            var purpose = Str(user, "mailboxSettings", "userPurpose");
            var mail = Str(user, "mail");
            if (mail is null)
            {
                continue;
            }

            if (purpose is "room" or "equipment")
            {
                rooms.Add(mail);
            }

            if (Str(user, "displayName") is { } name)
            {
                names[mail] = name;
            }
        }

        var directory = new DirectoryInfo(domains, rooms, [], names);
        var mailboxes = users
            .Where(u => Str(u, "mailboxSettings", "userPurpose") is not ("room" or "equipment"))
            .Select(u => ReadUser(folder, u))
            .ToList();
        return new TenantSnapshot(now, domains, mailboxes, directory);
    }

    private static SnapshotUser ReadUser(string folder, JsonElement user)
    {
        var id = Str(user, "id")!;
        var mail = Str(user, "mail") ?? Str(user, "userPrincipalName")!;
        var aliases = new List<string>();
        if (user.TryGetProperty("proxyAddresses", out var proxies))
        {
            aliases.AddRange(proxies.EnumerateArray().Select(p => p.GetString()!)
                .Where(p => p.StartsWith("smtp:", StringComparison.OrdinalIgnoreCase))
                .Select(p => p[5..]));
        }

        if (Str(user, "userPrincipalName") is { } upn)
        {
            aliases.Add(upn);
        }

        var owner = new MailboxOwner(id, mail, aliases, Str(user, "displayName"), Str(user, "mailboxSettings", "timeZone"));
        var box = Path.Combine(folder, "mailboxes", id);
        var skipped = 0;
        var messages = ReadLines(Path.Combine(box, "messages.jsonl"), ParseMessage, ref skipped);
        var meetings = ReadLines(Path.Combine(box, "events.jsonl"), ParseMeeting, ref skipped);
        return new SnapshotUser(owner, messages, meetings, skipped);
    }

    private static List<T> ReadLines<T>(string path, Func<JsonElement, T?> parse, ref int skipped)
        where T : class
    {
        var items = new List<T>();
        if (!File.Exists(path))
        {
            return items;
        }

        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(line);
                if (parse(doc.RootElement) is { } item)
                {
                    items.Add(item);
                }
                else
                {
                    skipped++;
                }
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                skipped++;
            }
        }

        return items;
    }

    private static MessageMeta? ParseMessage(JsonElement m)
    {
        var sent = Date(m, "sentDateTime");
        var received = Date(m, "receivedDateTime");
        if (sent is null && received is null)
        {
            return null;
        }

        return new MessageMeta(
            m.GetProperty("id").GetString()!,
            Str(m, "conversationId"),
            m.TryGetProperty("from", out var from) && from.ValueKind == JsonValueKind.Object ? ToParty(from) : null,
            Recipients(m, "toRecipients"),
            Recipients(m, "ccRecipients"),
            Recipients(m, "bccRecipients"),
            sent,
            received,
            Folder(Str(m, "parentFolderId")),
            Str(m, "inferenceClassification") switch
            {
                "focused" => InferenceClass.Focused,
                "other" => InferenceClass.Other,
                _ => InferenceClass.Unknown,
            },
            m.TryGetProperty("isDraft", out var draft) && draft.ValueKind == JsonValueKind.True);
    }

    private static MeetingMeta ParseMeeting(JsonElement e)
    {
        var attendees = e.TryGetProperty("attendees", out var list)
            ? list.EnumerateArray().Select(a => new Attendee(
                ToParty(a),
                Str(a, "type") switch
                {
                    "optional" => AttendeeKind.Optional,
                    "resource" => AttendeeKind.Resource,
                    _ => AttendeeKind.Required,
                },
                Response(Str(a, "status", "response")))).ToList()
            : [];
        return new MeetingMeta(
            e.GetProperty("id").GetString()!,
            EventTime(e.GetProperty("start")),
            EventTime(e.GetProperty("end")),
            Bool(e, "isAllDay"),
            e.TryGetProperty("organizer", out var organizer) ? ToParty(organizer) : null,
            attendees,
            Bool(e, "isCancelled"),
            Bool(e, "isOrganizer"),
            Response(Str(e, "responseStatus", "response")));
    }

    private static DateTimeOffset EventTime(JsonElement time)
    {
        var local = DateTime.Parse(time.GetProperty("dateTime").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.None);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(time.GetProperty("timeZone").GetString() ?? "UTC");
        return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone.GetUtcOffset(local));
    }

    private static ResponseKind Response(string? value) => value switch
    {
        "organizer" => ResponseKind.Organizer,
        "tentativelyAccepted" => ResponseKind.TentativelyAccepted,
        "accepted" => ResponseKind.Accepted,
        "declined" => ResponseKind.Declined,
        "notResponded" => ResponseKind.NotResponded,
        _ => ResponseKind.None,
    };

    private static FolderKind Folder(string? id) => id?.ToLowerInvariant() switch
    {
        "inbox" => FolderKind.Inbox,
        "sentitems" => FolderKind.SentItems,
        "archive" => FolderKind.Archive,
        "deleteditems" => FolderKind.DeletedItems,
        "drafts" => FolderKind.Drafts,
        "junkemail" => FolderKind.Junk,
        _ => FolderKind.Other,
    };

    private static List<Party> Recipients(JsonElement m, string name)
        => m.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(ToParty).ToList()
            : [];

    private static Party ToParty(JsonElement recipient)
        => recipient.TryGetProperty("emailAddress", out var address)
            ? new Party(Str(address, "address"), Str(address, "name"))
            : new Party(null);

    private static DateTimeOffset? Date(JsonElement e, string name)
        => e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetDateTimeOffset() : null;

    private static bool Bool(JsonElement e, string name)
        => e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    private static string? Str(JsonElement e, params string[] path)
    {
        foreach (var name in path)
        {
            if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out e))
            {
                return null;
            }
        }

        return e.ValueKind == JsonValueKind.String ? e.GetString() : null;
    }
}
