using System.Globalization;
using System.Text.Json;

namespace OutlookNetworking.GraphSimulator.Tests.Generator;

/// <summary>A generated snapshot read back with a plain JSON parser, to check stories against the raw data.</summary>
internal sealed class GeneratedSnapshot
{
    public GeneratedSnapshot(string root)
    {
        Root = root;
        using var tenant = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "tenant.json")));
        Now = DateTimeOffset.Parse(tenant.RootElement.GetProperty("now").GetString()!, CultureInfo.InvariantCulture);
        using var users = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "users.json")));
        Users = users.RootElement.GetProperty("value").EnumerateArray().Select(u => u.Clone()).ToList();
        Expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "expected.json"))).RootElement.Clone();
    }

    public string Root { get; }

    public DateTimeOffset Now { get; }

    public List<JsonElement> Users { get; }

    public JsonElement Expected { get; }

    public string IdOf(string upn) => Users.Single(u => u.GetProperty("userPrincipalName").GetString() == upn).GetProperty("id").GetString()!;

    public List<Mail> Messages(string upn)
    {
        var result = new List<Mail>();
        foreach (var line in File.ReadLines(Path.Combine(Root, "mailboxes", IdOf(upn), "messages.jsonl")))
        {
            JsonElement m;
            try
            {
                using var document = JsonDocument.Parse(line);
                m = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                continue;
            }

            if (m.ValueKind != JsonValueKind.Object || !m.TryGetProperty("id", out _) || !m.TryGetProperty("receivedDateTime", out var received))
            {
                continue;
            }

            var sentText = m.TryGetProperty("sentDateTime", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            if (sentText is not null && !DateTimeOffset.TryParse(sentText, CultureInfo.InvariantCulture, out _))
            {
                continue;
            }

            var at = DateTimeOffset.Parse(sentText ?? received.GetString()!, CultureInfo.InvariantCulture);
            var to = Addresses(m, "toRecipients").Concat(Addresses(m, "ccRecipients")).ToList();
            result.Add(new Mail(
                m.GetProperty("conversationId").GetString()!,
                at,
                m.GetProperty("from").GetProperty("emailAddress").TryGetProperty("address", out var from) ? from.GetString()! : "",
                to,
                m.GetProperty("parentFolderId").GetString()!,
                m.GetProperty("isDraft").GetBoolean()));
        }

        return result;
    }

    /// <summary>The meetings of a calendar: single instances and exceptions as written, skeleton occurrences filled from
    /// their series master (graph-fidelity GF-1), masters themselves not (they are no meeting of their own).</summary>
    public List<Meeting> Events(string upn)
    {
        var lines = File.ReadLines(Path.Combine(Root, "mailboxes", IdOf(upn), "events.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var masters = lines.Where(e => e.GetProperty("type").GetString() == "seriesMaster").ToDictionary(e => e.GetProperty("id").GetString()!);
        var result = new List<Meeting>();
        foreach (var e in lines)
        {
            var type = e.GetProperty("type").GetString();
            if (type == "seriesMaster")
            {
                continue;
            }

            var fields = type == "occurrence" && !e.TryGetProperty("attendees", out _) ? masters[e.GetProperty("seriesMasterId").GetString()!] : e;
            var start = DateTimeOffset.Parse(e.GetProperty("start").GetProperty("dateTime").GetString()! + "Z", CultureInfo.InvariantCulture);
            var attendees = fields.GetProperty("attendees").EnumerateArray()
                .Where(a => a.GetProperty("type").GetString() != "resource")
                .Select(a => a.GetProperty("emailAddress").TryGetProperty("address", out var address) ? address.GetString()! : "")
                .ToList();
            result.Add(new Meeting(start, attendees, fields.GetProperty("isCancelled").GetBoolean(),
                fields.GetProperty("responseStatus").GetProperty("response").GetString()!));
        }

        return result;
    }

    private static IEnumerable<string> Addresses(JsonElement message, string name) =>
        message.GetProperty(name).EnumerateArray()
            .Select(r => r.GetProperty("emailAddress").TryGetProperty("address", out var a) ? a.GetString() ?? "" : "");

    public sealed record Mail(string ConversationId, DateTimeOffset At, string From, List<string> To, string Folder, bool IsDraft);

    public sealed record Meeting(DateTimeOffset Start, List<string> Attendees, bool IsCancelled, string Response);
}
