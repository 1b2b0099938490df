using OutlookNetworking.GraphSimulator.Snapshot;
using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Snapshot;

public sealed class SnapshotLoaderTests
{
    [Fact]
    public void Load_ContosoFixture_ReadsTenantUsersRoomsAndNow()
    {
        var snapshot = SnapshotLoader.Load(TestPaths.Contoso);

        Assert.Equal("082b0f07-d204-5b20-a5ea-f52016e1d6be", snapshot.Tenant.TenantId);
        Assert.Equal(new DateTimeOffset(2025, 6, 30, 18, 0, 0, TimeSpan.Zero), snapshot.Now);
        Assert.Equal(["Ava Patel", "Ben Okafor", "Room 4.1"], snapshot.Users.Select(u => u.DisplayName));
        var ava = snapshot.FindUser(TestPaths.AvaUpn)!;
        Assert.Equal("Pacific Standard Time", ava.TimeZone);
        Assert.Contains("smtp:ava@contoso.example", ava.ProxyAddresses);
        Assert.Equal("room", snapshot.FindUser("room-4.1@contoso.example")!.UserPurpose);
        Assert.Equal("room-4.1@contoso.example", Assert.Single(snapshot.Rooms).EmailAddress);
    }

    [Fact]
    public void Load_ContosoFixture_SkipsTheMalformedLastLineOfAvaAndKeepsTheRest()
    {
        var snapshot = SnapshotLoader.Load(TestPaths.Contoso);
        var report = snapshot.LoadReport;

        var error = Assert.Single(report.Errors);
        Assert.Equal($"mailboxes/{TestPaths.AvaId}/messages.jsonl", error.File);
        Assert.Equal(297, error.Line);
        Assert.Equal(TestPaths.AvaId, error.MailboxId);
        Assert.StartsWith("invalid JSON", error.Reason);
        Assert.Equal(1, report.SkippedLinesFor(TestPaths.AvaId));
        Assert.Equal(0, report.SkippedLinesFor(TestPaths.BenId));
        Assert.Equal(FixtureFacts.Messages(TestPaths.Contoso, TestPaths.AvaId).Count, report.MessagesByMailbox[TestPaths.AvaId]);
        Assert.Equal(FixtureFacts.Messages(TestPaths.Contoso, TestPaths.BenId).Count, report.MessagesByMailbox[TestPaths.BenId]);
        Assert.Equal(FixtureFacts.Events(TestPaths.Contoso, TestPaths.AvaId).Count, report.EventsByMailbox[TestPaths.AvaId]);
    }

    [Fact]
    public void Load_MissingFolder_ThrowsNamingTheFolder()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-snapshot-" + Guid.NewGuid().ToString("N"));

        var exception = Assert.Throws<SnapshotFormatException>(() => SnapshotLoader.Load(missing));

        Assert.Contains(missing, exception.Message);
    }

    [Fact]
    public void Load_MissingTenantJson_ThrowsNamingTheFile()
    {
        using var builder = new SnapshotBuilder(tenant: false);

        var exception = Assert.Throws<SnapshotFormatException>(() => SnapshotLoader.Load(builder.Path));

        Assert.Equal("tenant.json", exception.File);
        Assert.Contains("missing", exception.Message);
    }

    [Fact]
    public void Load_MissingUsersJson_ThrowsNamingTheFile()
    {
        using var builder = new SnapshotBuilder(users: false);

        var exception = Assert.Throws<SnapshotFormatException>(() => SnapshotLoader.Load(builder.Path));

        Assert.Equal("users.json", exception.File);
    }

    [Theory]
    [InlineData("body", "{\"contentType\":\"html\",\"content\":\"secret\"}")]
    [InlineData("bodyPreview", "\"secret\"")]
    [InlineData("uniqueBody", "{\"content\":\"secret\"}")]
    [InlineData("attachments", "[]")]
    public void Load_LineWithContent_RejectsTheSnapshotNamingFileAndLine(string property, string value)
    {
        using var builder = new SnapshotBuilder();
        var withContent = SnapshotBuilder.Message("m3").TrimEnd('}') + $",\"{property}\":{value}}}";
        builder.Messages(SnapshotBuilder.Message("m1"), SnapshotBuilder.Message("m2"), withContent);

        var exception = Assert.Throws<SnapshotFormatException>(() => SnapshotLoader.Load(builder.Path));

        Assert.Equal($"mailboxes/{SnapshotBuilder.UserId}/messages.jsonl", exception.File);
        Assert.Equal(3, exception.Line);
        Assert.Contains(property, exception.Message);
    }

    [Fact]
    public void Load_EventWithAttachments_RejectsTheSnapshot()
    {
        using var builder = new SnapshotBuilder();
        builder.Events(SnapshotBuilder.Event("e1").TrimEnd('}') + ",\"attachments\":[{\"name\":\"agenda.docx\"}]}");

        var exception = Assert.Throws<SnapshotFormatException>(() => SnapshotLoader.Load(builder.Path));

        Assert.Equal($"mailboxes/{SnapshotBuilder.UserId}/events.jsonl", exception.File);
        Assert.Equal(1, exception.Line);
    }

    [Fact]
    public void Load_MalformedLines_ReportsEachWithLineAndReasonAndLoadsTheRest()
    {
        using var builder = new SnapshotBuilder();
        builder.Messages(
            SnapshotBuilder.Message("ok-1"),
            "{\"id\": \"cut\", \"from\": ",
            "[1, 2]",
            SnapshotBuilder.Message("no-date", sent: "null"),
            SnapshotBuilder.Message("bad-date", sent: "\"yesterday\""),
            SnapshotBuilder.Message("ok-1"),
            "{\"parentFolderId\":\"inbox\",\"sentDateTime\":\"2025-06-01T10:00:00Z\"}",
            SnapshotBuilder.Message("ok-2", folder: "Projects"));

        var snapshot = SnapshotLoader.Load(builder.Path);
        var errors = snapshot.LoadReport.Errors;

        Assert.Equal([2, 3, 4, 5, 6, 7], errors.Select(e => e.Line));
        Assert.StartsWith("invalid JSON", errors[0].Reason);
        Assert.Equal("not a JSON object", errors[1].Reason);
        Assert.Contains("no 'sentDateTime'", errors[2].Reason);
        Assert.Contains("'sentDateTime' is not an ISO 8601 instant", errors[3].Reason);
        Assert.Contains("duplicate id 'ok-1'", errors[4].Reason);
        Assert.Equal("missing 'id'", errors[5].Reason);
        Assert.Equal(6, snapshot.LoadReport.SkippedLinesFor(SnapshotBuilder.UserId));
        Assert.Equal(2, snapshot.LoadReport.MessagesByMailbox[SnapshotBuilder.UserId]);
    }

    [Fact]
    public void Load_MessageWithOnlyReceivedDateTime_IsKept()
    {
        using var builder = new SnapshotBuilder();
        builder.Messages("{\"id\":\"r\",\"parentFolderId\":\"drafts\",\"receivedDateTime\":\"2025-06-01T10:00:00Z\"}");

        var snapshot = SnapshotLoader.Load(builder.Path);

        Assert.Empty(snapshot.LoadReport.Errors);
        Assert.Equal(1, snapshot.LoadReport.MessagesByMailbox[SnapshotBuilder.UserId]);
    }

    [Fact]
    public void Load_EventsWithBadTimes_AreSkippedWithReasons()
    {
        using var builder = new SnapshotBuilder();
        builder.Events(
            SnapshotBuilder.Event("ok", zone: "Pacific Standard Time"),
            SnapshotBuilder.Event("no-zone", zone: "Mars/Olympus"),
            SnapshotBuilder.Event("backwards", start: "2025-06-10T12:00:00.0000000", end: "2025-06-10T11:00:00.0000000"),
            "{\"id\":\"odd\",\"type\":\"appointment\",\"start\":{\"dateTime\":\"2025-06-10T10:00:00\",\"timeZone\":\"UTC\"},\"end\":{\"dateTime\":\"2025-06-10T11:00:00\",\"timeZone\":\"UTC\"}}");

        var snapshot = SnapshotLoader.Load(builder.Path);

        Assert.Equal([2, 3, 4], snapshot.LoadReport.Errors.Select(e => e.Line));
        Assert.Contains("unknown event type", snapshot.LoadReport.Errors[2].Reason);
        Assert.Contains("unknown time zone", snapshot.LoadReport.Errors[0].Reason);
        Assert.Equal(1, snapshot.LoadReport.EventsByMailbox[SnapshotBuilder.UserId]);
    }

    [Fact]
    public void Load_MailboxFolderOfUnknownUser_IsListedAsIgnored()
    {
        using var builder = new SnapshotBuilder();
        var stray = Path.Combine(builder.Path, "mailboxes", "not-a-user");
        Directory.CreateDirectory(stray);
        File.WriteAllText(Path.Combine(stray, "messages.jsonl"), SnapshotBuilder.Message("x") + "\n");

        var snapshot = SnapshotLoader.Load(builder.Path);

        Assert.Equal(["not-a-user"], snapshot.LoadReport.IgnoredMailboxFolders);
    }

    [Fact]
    public void Load_LargeMailbox_StreamsEveryLine()
    {
        using var builder = new SnapshotBuilder();
        const int Lines = 50_000;
        using (var writer = new StreamWriter(builder.MessagesFile))
        {
            for (var i = 0; i < Lines; i++)
            {
                writer.Write(SnapshotBuilder.Message("m" + i, folder: i % 2 == 0 ? "inbox" : "archive"));
                writer.Write('\n');
            }
        }

        var snapshot = SnapshotLoader.Load(builder.Path);

        Assert.Equal(Lines, snapshot.LoadReport.MessagesByMailbox[SnapshotBuilder.UserId]);
        Assert.Empty(snapshot.LoadReport.Errors);
    }
}
