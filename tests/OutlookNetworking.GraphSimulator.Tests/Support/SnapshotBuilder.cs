namespace OutlookNetworking.GraphSimulator.Tests.Support;

/// <summary>Hand-made snapshots for loader tests: a minimal valid tenant plus whatever lines a test adds.</summary>
internal sealed class SnapshotBuilder : IDisposable
{
    public const string UserId = "11111111-1111-1111-1111-111111111111";

    private readonly TempFolder _folder = new();

    public SnapshotBuilder(bool tenant = true, bool users = true)
    {
        if (tenant)
        {
            File.WriteAllText(_folder.File("tenant.json"), """{"tenantId":"t-1","displayName":"Test","domains":["test.example"],"now":"2025-06-30T18:00:00Z"}""");
        }

        if (users)
        {
            File.WriteAllText(_folder.File("users.json"), $$"""{"value":[{"id":"{{UserId}}","displayName":"Tess","mail":"tess@test.example","userPrincipalName":"tess@test.example"}]}""");
        }
    }

    public string Path => _folder.Path;

    public string MessagesFile => _folder.File($"mailboxes/{UserId}/messages.jsonl");

    public string EventsFile => _folder.File($"mailboxes/{UserId}/events.jsonl");

    public static string Message(string id, string folder = "inbox", string sent = "\"2025-06-01T10:00:00Z\"") =>
        $$$"""{"id":"{{{id}}}","conversationId":"c-{{{id}}}","from":{"emailAddress":{"name":"A","address":"a@x.example"}},"toRecipients":[],"sentDateTime":{{{sent}}},"receivedDateTime":{{{sent}}},"parentFolderId":"{{{folder}}}"}""";

    public static string Event(string id, string start = "2025-06-10T10:00:00.0000000", string end = "2025-06-10T11:00:00.0000000", string zone = "UTC") =>
        $$"""{"id":"{{id}}","subject":"s","start":{"dateTime":"{{start}}","timeZone":"{{zone}}"},"end":{"dateTime":"{{end}}","timeZone":"{{zone}}"},"attendees":[],"type":"singleInstance"}""";

    public SnapshotBuilder Messages(params string[] lines)
    {
        File.WriteAllText(MessagesFile, string.Join("\n", lines) + "\n");
        return this;
    }

    public SnapshotBuilder Events(params string[] lines)
    {
        File.WriteAllText(EventsFile, string.Join("\n", lines) + "\n");
        return this;
    }

    public void Dispose() => _folder.Dispose();
}
