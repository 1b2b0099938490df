using System.Text.Json;
using OutlookNetworking.GraphSimulator.Store;

namespace OutlookNetworking.GraphSimulator.Snapshot;

/// <summary>
/// Loads a tenant snapshot folder (docs/tenant-snapshot.md). Mailbox files are streamed line by
/// line: a malformed line is reported (file, line, reason) and skipped, a message with neither
/// <c>sentDateTime</c> nor <c>receivedDateTime</c> is skipped, and a message line carrying content
/// (<c>body</c>, <c>bodyPreview</c>, <c>uniqueBody</c>, <c>attachments</c>) or an event line carrying attachments
/// rejects the whole snapshot with a <see cref="SnapshotFormatException"/>. Calendars load in Graph's shape: series
/// masters, skeleton occurrences, exceptions; older snapshots' full occurrences are shaped so
/// (<see cref="SeriesShaper"/>).
/// </summary>
public static class SnapshotLoader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    /// <exception cref="SnapshotFormatException">A required file is missing or unreadable, or a line carries content.</exception>
    public static TenantSnapshot Load(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var root = System.IO.Path.GetFullPath(path);
        if (!Directory.Exists(root))
        {
            throw new SnapshotFormatException("the snapshot folder does not exist", root);
        }

        var tenant = ReadTenant(root);
        var (users, userPayloads) = ReadUsers(root);
        var (rooms, roomPayloads) = ReadRooms(root);
        var (groups, groupPayloads) = ReadGroups(root);

        var errors = new List<SnapshotLineError>();
        var mailboxes = new Dictionary<string, LoadedMailbox>(StringComparer.OrdinalIgnoreCase);
        var messageCounts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var eventCounts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var user in users)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var folder = System.IO.Path.Combine(root, "mailboxes", user.Id);
            var messages = ReadLines<LoadedMessage>(root, folder, "messages.jsonl", SnapshotLineParser.TryParseMessage, user.Id, errors, cancellationToken);
            var events = ReadLines<LoadedEvent>(root, folder, "events.jsonl", SnapshotLineParser.TryParseEvent, user.Id, errors, cancellationToken);
            mailboxes[user.Id] = new LoadedMailbox(user.Id, messages, SeriesShaper.Shape(events));
            messageCounts[user.Id] = messages.Count;
            eventCounts[user.Id] = events.Count;
        }

        var ignored = new List<string>();
        var mailboxRoot = System.IO.Path.Combine(root, "mailboxes");
        if (Directory.Exists(mailboxRoot))
        {
            foreach (var directory in Directory.EnumerateDirectories(mailboxRoot).Order(StringComparer.Ordinal))
            {
                var name = System.IO.Path.GetFileName(directory);
                if (!mailboxes.ContainsKey(name))
                {
                    ignored.Add(name);
                }
            }
        }

        var report = new SnapshotLoadReport(errors, messageCounts, eventCounts, ignored);
        return new TenantSnapshot(root, tenant, users, userPayloads, rooms, roomPayloads, mailboxes, report)
        {
            Groups = groups, GroupPayloads = groupPayloads,
        };
    }

    private static TenantInfo ReadTenant(string root)
    {
        using var document = ReadJsonFile(root, "tenant.json", required: true)!;
        var element = document.RootElement;
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new SnapshotFormatException("expected a JSON object", "tenant.json");
        }

        var tenantId = OptionalString(element, "tenantId")
            ?? throw new SnapshotFormatException("'tenantId' is missing", "tenant.json");
        var displayName = OptionalString(element, "displayName") ?? tenantId;
        var domains = new List<string>();
        if (element.TryGetProperty("domains", out var domainArray) && domainArray.ValueKind == JsonValueKind.Array)
        {
            foreach (var domain in domainArray.EnumerateArray())
            {
                if (domain.ValueKind == JsonValueKind.String && domain.GetString() is { Length: > 0 } value)
                {
                    domains.Add(value);
                }
            }
        }

        DateTimeOffset? now = null;
        if (OptionalString(element, "now") is { } nowText)
        {
            now = SnapshotLineParser.TryParseInstant(nowText)
                ?? throw new SnapshotFormatException($"'now' is not an ISO 8601 instant: '{nowText}'", "tenant.json");
        }

        return new TenantInfo(tenantId, displayName, domains, now);
    }

    private static (List<SnapshotUser> Users, List<JsonPayload> Payloads) ReadUsers(string root)
    {
        using var document = ReadJsonFile(root, "users.json", required: true)!;
        var users = new List<SnapshotUser>();
        var payloads = new List<JsonPayload>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in CollectionValues(document, "users.json"))
        {
            var id = OptionalString(element, "id");
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new SnapshotFormatException($"user #{users.Count + 1} has no 'id'", "users.json");
            }

            if (!seen.Add(id))
            {
                throw new SnapshotFormatException($"user id '{id}' appears twice", "users.json");
            }

            string? timeZone = null, purpose = null;
            if (element.TryGetProperty("mailboxSettings", out var settings) && settings.ValueKind == JsonValueKind.Object)
            {
                timeZone = OptionalString(settings, "timeZone");
                purpose = OptionalString(settings, "userPurpose");
            }

            var proxies = new List<string>();
            if (element.TryGetProperty("proxyAddresses", out var proxyArray) && proxyArray.ValueKind == JsonValueKind.Array)
            {
                foreach (var proxy in proxyArray.EnumerateArray())
                {
                    if (proxy.ValueKind == JsonValueKind.String && proxy.GetString() is { Length: > 0 } value)
                    {
                        proxies.Add(value);
                    }
                }
            }

            var otherMails = ReadOtherMails(element, id);
            users.Add(new SnapshotUser(
                id,
                OptionalString(element, "displayName"),
                OptionalString(element, "mail"),
                OptionalString(element, "userPrincipalName"),
                OptionalString(element, "department"),
                OptionalString(element, "jobTitle"),
                OptionalString(element, "userType"),
                timeZone,
                purpose,
                proxies) { MailboxAccess = ReadMailboxAccess(element, id), OtherMails = otherMails });
            payloads.Add(JsonPayload.FromElement(element));
        }

        return (users, payloads);
    }

    /// <summary>The optional <c>otherMails</c> of a user: Graph's string collection of the user's other email addresses
    /// (served only when <c>$select</c> names it, as Graph does). Absent, it is empty; present, it must be an array of
    /// strings, as Graph never holds anything else there. The values are kept as written: Graph does not check that they
    /// are mail addresses, nor does the simulator.</summary>
    private static IReadOnlyList<string> ReadOtherMails(JsonElement user, string id)
    {
        if (!user.TryGetProperty("otherMails", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
        {
            throw new SnapshotFormatException($"user '{id}' has otherMails that is not an array of strings", "users.json");
        }

        return [.. value.EnumerateArray().Select(v => v.GetString()!)];
    }

    /// <summary>The optional <c>mailboxAccess</c> of a user (this project's extension, graph-fidelity GF-12).</summary>
    private static string? ReadMailboxAccess(JsonElement user, string id)
    {
        var access = OptionalString(user, "mailboxAccess");
        return access is null || access.Equals("granted", StringComparison.OrdinalIgnoreCase)
               || access.Equals("outOfScope", StringComparison.OrdinalIgnoreCase)
               || access.Equals("noExchangeMailbox", StringComparison.OrdinalIgnoreCase)
            ? access
            : throw new SnapshotFormatException(
                $"user '{id}' has mailboxAccess '{access}'; expected granted, outOfScope or noExchangeMailbox", "users.json");
    }

    private static (List<SnapshotRoom> Rooms, List<JsonPayload> Payloads) ReadRooms(string root)
    {
        var rooms = new List<SnapshotRoom>();
        var payloads = new List<JsonPayload>();
        using var document = ReadJsonFile(root, "rooms.json", required: false);
        if (document is null)
        {
            return (rooms, payloads);
        }

        foreach (var element in CollectionValues(document, "rooms.json"))
        {
            var address = OptionalString(element, "emailAddress")
                ?? throw new SnapshotFormatException($"room #{rooms.Count + 1} has no 'emailAddress'", "rooms.json");
            rooms.Add(new SnapshotRoom(address, OptionalString(element, "displayName")));
            payloads.Add(JsonPayload.FromElement(element));
        }

        return (rooms, payloads);
    }

    /// <summary>The optional <c>groups.json</c>: the directory's groups as Graph's <c>group</c> resource (an id each).</summary>
    private static (List<SnapshotGroup> Groups, List<JsonPayload> Payloads) ReadGroups(string root)
    {
        var groups = new List<SnapshotGroup>();
        var payloads = new List<JsonPayload>();
        using var document = ReadJsonFile(root, "groups.json", required: false);
        if (document is null)
        {
            return (groups, payloads);
        }

        foreach (var element in CollectionValues(document, "groups.json"))
        {
            var id = OptionalString(element, "id")
                ?? throw new SnapshotFormatException($"group #{groups.Count + 1} has no 'id'", "groups.json");
            var mailEnabled = element.TryGetProperty("mailEnabled", out var flag) && flag.ValueKind == JsonValueKind.True;
            groups.Add(new SnapshotGroup(id, OptionalString(element, "mail"), OptionalString(element, "displayName"), mailEnabled)
            {
                IsDynamicDistributionGroup = string.Equals(OptionalString(element, "recipientTypeDetails"), "DynamicDistributionGroup", StringComparison.OrdinalIgnoreCase),
            });
            payloads.Add(JsonPayload.FromElement(element));
        }

        return (groups, payloads);
    }

    /// <summary>Parses one line of a JSONL file into an item, or says what is wrong with it.</summary>
    private delegate string? LineParser<T>(ReadOnlyMemory<byte> line, string file, int lineNumber, HashSet<string> ids, out T? item)
        where T : class;

    /// <summary>The good lines of <paramref name="fileName"/> in <paramref name="folder"/> (none when it is missing); each bad
    /// line is recorded in <paramref name="errors"/> and skipped.</summary>
    private static List<T> ReadLines<T>(string root, string folder, string fileName, LineParser<T> parse, string userId,
        List<SnapshotLineError> errors, CancellationToken cancellationToken)
        where T : class
    {
        var result = new List<T>();
        var file = System.IO.Path.Combine(folder, fileName);
        if (!File.Exists(file))
        {
            return result;
        }

        var relative = Relative(root, file);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using var reader = new JsonlLineReader(file);
        while (reader.TryReadLine(out var line))
        {
            if ((reader.LineNumber & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (line.IsEmpty)
            {
                continue;
            }

            var error = parse(line, relative, reader.LineNumber, ids, out var item);
            if (error is not null)
            {
                errors.Add(new SnapshotLineError(relative, reader.LineNumber, userId, error));
            }
            else
            {
                result.Add(item!);
            }
        }

        return result;
    }

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static JsonDocument? ReadJsonFile(string root, string name, bool required)
    {
        var file = System.IO.Path.Combine(root, name);
        if (!File.Exists(file))
        {
            return required ? throw new SnapshotFormatException("the file is missing", name) : null;
        }

        try
        {
            using var stream = File.OpenRead(file);
            return JsonDocument.Parse(stream, DocumentOptions);
        }
        catch (JsonException exception)
        {
            throw new SnapshotFormatException("invalid JSON: " + exception.Message, name, null, exception);
        }
    }

    private static IEnumerable<JsonElement> CollectionValues(JsonDocument document, string file)
    {
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("value", out var values)
            || values.ValueKind != JsonValueKind.Array)
        {
            throw new SnapshotFormatException("expected a Graph collection: {\"value\":[...]}", file);
        }

        foreach (var element in values.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw new SnapshotFormatException("every entry of 'value' must be a JSON object", file);
            }

            yield return element;
        }
    }

    private static string Relative(string root, string file) =>
        System.IO.Path.GetRelativePath(root, file).Replace('\\', '/');
}
