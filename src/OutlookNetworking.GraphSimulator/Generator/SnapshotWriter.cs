using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace OutlookNetworking.GraphSimulator.Generator;

/// <summary>
/// Writes an <see cref="OrgModel"/> in the snapshot format (docs/tenant-snapshot.md), plus
/// expected.json. Output is a pure function of the model: fixed property order, invariant
/// formats, "\n" line ends, no dictionary iteration.
/// </summary>
internal sealed class SnapshotWriter(OrgModel model)
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, NewLine = "\n" };
    private readonly MailboxComposer _composer = new(model);
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);

    public long Messages { get; private set; }

    public long Events { get; private set; }

    public void Write(string root)
    {
        Directory.CreateDirectory(root);
        var mailboxes = Path.Combine(root, "mailboxes");
        if (Directory.Exists(mailboxes))
        {
            Directory.Delete(mailboxes, recursive: true);
        }

        WriteDocument(Path.Combine(root, "tenant.json"), WriteTenant);
        WriteDocument(Path.Combine(root, "users.json"), WriteUsers);
        WriteDocument(Path.Combine(root, "rooms.json"), WriteRooms);
        WriteDocument(Path.Combine(root, "groups.json"), WriteGroups);
        for (var ordinal = 0; ordinal < model.Users.Count; ordinal++)
        {
            var user = model.Users[ordinal];
            var folder = Path.Combine(mailboxes, user.UserId!);
            Directory.CreateDirectory(folder);
            WriteMessages(Path.Combine(folder, "messages.jsonl"), user, ordinal);
            WriteEvents(Path.Combine(folder, "events.jsonl"), user, ordinal);
        }

        WriteDocument(Path.Combine(root, "expected.json"), writer => ExpectedWriter.Write(writer, model));
    }

    private void WriteTenant(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("tenantId", model.TenantId);
        writer.WriteString("displayName", model.Options.TenantName);
        writer.WriteStartArray("domains");
        writer.WriteStringValue(model.Options.Domain);
        writer.WriteEndArray();
        writer.WriteString("now", Instant(model.Now));
        writer.WriteEndObject();
    }

    private void WriteUsers(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("value");
        foreach (var user in model.Users)
        {
            writer.WriteStartObject();
            writer.WriteString("id", user.UserId);
            writer.WriteString("displayName", user.Name);
            writer.WriteString("mail", user.Address);
            writer.WriteString("userPrincipalName", user.Address);
            WriteNullable(writer, "department", user.Department);
            WriteNullable(writer, "jobTitle", user.JobTitle);
            writer.WriteString("userType", "Member");
            if (user.Alias is not null)
            {
                writer.WriteStartArray("proxyAddresses");
                writer.WriteStringValue("SMTP:" + user.Address);
                writer.WriteStringValue("smtp:" + user.Alias);
                writer.WriteEndArray();
            }

            writer.WriteStartObject("mailboxSettings");
            writer.WriteString("timeZone", user.TimeZone);
            writer.WriteString("userPurpose", user.Role switch
            {
                PersonRole.Room => "room",
                PersonRole.Shared => "shared",
                _ => "user",
            });
            WriteWorkingHours(writer, user.TimeZone);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private void WriteRooms(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("value");
        foreach (var room in model.Rooms)
        {
            writer.WriteStartObject();
            writer.WriteString("emailAddress", room.Address);
            writer.WriteString("displayName", room.Name);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The distribution lists the mail goes to: every team's list and the all-staff list.</summary>
    private void WriteGroups(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("value");
        foreach (var list in model.Teams.Select(t => t.List).Append(model.AllStaffList))
        {
            writer.WriteStartObject();
            writer.WriteString("id", StableHash.Guid(model.Options.Seed, "group|" + list.Address));
            writer.WriteString("displayName", list.Name);
            writer.WriteString("mail", list.Address);
            writer.WriteBoolean("mailEnabled", true);
            writer.WriteBoolean("securityEnabled", false);
            writer.WriteStartArray("groupTypes");
            writer.WriteEndArray();
            writer.WriteStartArray("proxyAddresses");
            writer.WriteStringValue("SMTP:" + list.Address);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private void WriteMessages(string file, Person user, int ordinal)
    {
        using var stream = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        var read = StableHash.Random(model.Options.Seed, "read|" + user.Address);
        var sequence = 0;
        foreach (var mail in _composer.Mail(user))
        {
            var sent = MailboxComposer.Sent(mail, user);
            if (!sent && !MailboxComposer.Receives(mail, user))
            {
                continue;
            }

            var folder = FolderFor(mail, user, ordinal, sent);
            var isRead = sent || mail.Sent < model.Now.AddDays(-3) || read.Next(2) == 0;
            WriteLine(stream, writer => WriteMessage(writer, mail, $"AAMk{ordinal:x4}{sequence:x6}", folder, isRead));
            sequence++;
        }

        foreach (var (userId, line) in model.MalformedLines)
        {
            if (string.Equals(userId, user.UserId, StringComparison.Ordinal))
            {
                stream.Write(System.Text.Encoding.UTF8.GetBytes(line + "\n"));
            }
        }

        Messages += sequence;
    }

    private string FolderFor(MailRecord mail, Person user, int ordinal, bool sent)
    {
        if (mail.FolderOverride is not null)
        {
            return mail.FolderOverride;
        }

        if (sent)
        {
            return "sentitems";
        }

        if (mail.Key.StartsWith("team|", StringComparison.Ordinal) && ordinal % 3 == 0)
        {
            return "Team updates";
        }

        if (mail.Key.StartsWith("news#", StringComparison.Ordinal) && ordinal % 2 == 0 && mail.Sent < model.Now.AddDays(-90))
        {
            return "deleteditems";
        }

        return mail.Key.StartsWith("recruit|", StringComparison.Ordinal) && mail.Key.EndsWith('0') ? "junkemail" : "inbox";
    }

    private void WriteMessage(Utf8JsonWriter writer, MailRecord mail, string id, string folder, bool isRead)
    {
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteString("conversationId", mail.ConversationId);
        writer.WriteString("internetMessageId", $"<{StableHash.Hex(mail.Key, 16)}@mail.{model.Options.Domain}>");
        writer.WriteString("subject", mail.Subject);
        writer.WritePropertyName("from");
        WriteAddress(writer, mail.From);
        writer.WritePropertyName("sender");
        WriteAddress(writer, mail.From);
        WriteRecipients(writer, "toRecipients", mail.To);
        WriteRecipients(writer, "ccRecipients", mail.Cc);
        WriteRecipients(writer, "bccRecipients", []);
        if (mail.IsDraft)
        {
            writer.WriteNull("sentDateTime");
        }
        else
        {
            writer.WriteString("sentDateTime", Instant(mail.Sent));
        }

        writer.WriteString("receivedDateTime", Instant(mail.Sent.AddSeconds(3)));
        writer.WriteBoolean("isDraft", mail.IsDraft);
        writer.WriteBoolean("isRead", isRead);
        writer.WriteString("inferenceClassification", mail.Classification);
        writer.WriteString("parentFolderId", folder);
        writer.WriteEndObject();
    }

    private void WriteEvents(string file, Person user, int ordinal)
    {
        using var stream = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        Events += CalendarLines.Write(_composer.Meetings(user), user, ordinal, model.Now, line => WriteLine(stream, line));
    }

    internal static void WriteRecipients(Utf8JsonWriter writer, string name, IReadOnlyList<Recipient> recipients)
    {
        writer.WriteStartArray(name);
        foreach (var recipient in recipients)
        {
            WriteAddress(writer, recipient);
        }

        writer.WriteEndArray();
    }

    internal static void WriteAddress(Utf8JsonWriter writer, Recipient recipient)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("emailAddress");
        WriteEmail(writer, recipient);
        writer.WriteEndObject();
    }

    internal static void WriteEmail(Utf8JsonWriter writer, Recipient recipient)
    {
        writer.WriteStartObject();
        writer.WriteString("name", recipient.Name);
        if (recipient.Address is not null)
        {
            writer.WriteString("address", recipient.Address);
        }

        writer.WriteEndObject();
    }

    internal static void WriteTime(Utf8JsonWriter writer, string name, DateTimeOffset instant)
    {
        writer.WriteStartObject(name);
        writer.WriteString("dateTime", instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture));
        writer.WriteString("timeZone", "UTC");
        writer.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string value)
    {
        if (value.Length == 0)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    internal static string Instant(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private void WriteLine(Stream stream, Action<Utf8JsonWriter> write)
    {
        _buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_buffer))
        {
            write(writer);
        }

        _buffer.Write("\n"u8);
        stream.Write(_buffer.WrittenSpan);
    }

    private static void WriteDocument(string file, Action<Utf8JsonWriter> write)
    {
        using var stream = new FileStream(file, FileMode.Create, FileAccess.Write);
        using (var writer = new Utf8JsonWriter(stream, Indented))
        {
            write(writer);
        }

        stream.Write("\n"u8);
    }

    /// <summary>Graph's <c>workingHours</c> for the generated people: Monday to Friday, 09:00 to 17:00 in their zone (as
    /// <see cref="WorkingHours"/> places their mail).</summary>
    internal static void WriteWorkingHours(Utf8JsonWriter writer, string timeZone)
    {
        writer.WriteStartObject("workingHours");
        writer.WriteStartArray("daysOfWeek");
        foreach (var day in (string[])["monday", "tuesday", "wednesday", "thursday", "friday"])
        {
            writer.WriteStringValue(day);
        }

        writer.WriteEndArray();
        writer.WriteString("startTime", "09:00:00.0000000");
        writer.WriteString("endTime", "17:00:00.0000000");
        writer.WriteStartObject("timeZone");
        writer.WriteString("name", timeZone);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
