using System.Globalization;
using System.Text.Json.Nodes;
using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Web.Features.Sync;

namespace OutlookNetworking.Web.Tests.Pipeline;

/// <summary>
/// The directory's <c>otherMails</c> (a user's other addresses, often a personal one) end to end: served by the simulator
/// only on <c>$select</c>, selected and read by the product as the owner's aliases, so mail between the owner and that
/// address is the owner's own, never a relationship or a suggestion. The same snapshot without the property is the
/// control: there the address is a contact like any other.
/// </summary>
public sealed class OtherMailsPipelineTests
{
    private const string Ava = "ava.patel@contoso.example";
    private const string AvaId = "8560c69b-ec84-5ac0-999b-e5c8dac5464a";

    // Neither the owner's name on its mail nor her names in its local part: only the directory can say it is hers.
    private const string Home = "k7x1984@homemail.example";

    [Fact]
    public async Task Night_MailWithTheOwnersOtherMailsAddress_NoRelationshipNoSuggestion()
    {
        var withProperty = await AnalyseAvaAsync(Snapshot("othermails-on", listIt: true));
        var control = await AnalyseAvaAsync(Snapshot("othermails-off", listIt: false));

        Assert.NotNull(control.Relationships.SingleOrDefault(r => r.ContactAddress == Home));
        Assert.Contains(control.Suggestions, s => s.Suggestion.ContactAddress == Home);

        Assert.DoesNotContain(withProperty.Relationships, r => r.ContactAddress == Home);
        Assert.DoesNotContain(withProperty.Suggestions, s => s.Suggestion.ContactAddress == Home);
        Assert.DoesNotContain(withProperty.ListOnlyContacts, c => c.ContactAddress == Home);
        // The rest of Ava's network is untouched.
        Assert.Equal(control.Relationships.Count - 1, withProperty.Relationships.Count);
    }

    private static async Task<AnalysisResult> AnalyseAvaAsync(string snapshot)
    {
        await using var harness = await PipelineHarness.StartAsync(StorageProvider.Sqlite, snapshot);
        var mailbox = await harness.MailboxAsync(Ava);
        var (_, result) = await harness.Get<MailboxPipeline>()
            .SyncAndAnalyzeAsync(new MailboxKey(harness.TenantId, mailbox.UserId), CancellationToken.None);
        return Assert.IsType<AnalysisResult>(result);
    }

    /// <summary>The contoso-stories fixture plus 20 weeks of two-way mail between Ava and <see cref="Home"/> ending 200
    /// days before the snapshot's now (a dormant tie by every rule), with <see cref="Home"/> in Ava's <c>otherMails</c>
    /// when <paramref name="listIt"/>.</summary>
    private static string Snapshot(string name, bool listIt)
    {
        var target = Path.Combine(Path.GetTempPath(), $"on-tests-{Environment.ProcessId}-{name}");
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        foreach (var file in Directory.EnumerateFiles(GeneratedTenants.Contoso, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(GeneratedTenants.Contoso, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        if (listIt)
        {
            var usersFile = Path.Combine(target, "users.json");
            var users = JsonNode.Parse(File.ReadAllText(usersFile))!;
            var ava = users["value"]!.AsArray().Single(u => (string?)u!["id"] == AvaId)!;
            ava["otherMails"] = new JsonArray(Home.ToUpperInvariant()); // as a user typed it: case differs
            File.WriteAllText(usersFile, users.ToJsonString());
        }

        var now = DateTimeOffset.Parse("2025-06-30T18:00:00Z", CultureInfo.InvariantCulture);
        var lines = new List<string>();
        for (var week = 0; week < 20; week++)
        {
            var at = now.AddDays(-200 - (7 * week));
            lines.Add(Line($"home-in-{week}", Home, "Home", Ava, at, "inbox"));
            lines.Add(Line($"home-out-{week}", Ava, "Ava Patel", Home, at.AddHours(2), "sentitems"));
        }

        File.AppendAllLines(Path.Combine(target, "mailboxes", AvaId, "messages.jsonl"), lines);
        return target;
    }

    private static string Line(string id, string from, string fromName, string to, DateTimeOffset at, string folder)
    {
        var sender = new JsonObject { ["emailAddress"] = new JsonObject { ["name"] = fromName, ["address"] = from } };
        return new JsonObject
        {
            ["id"] = id, ["conversationId"] = "conv-" + id, ["internetMessageId"] = $"<{id}@homemail.example>",
            ["subject"] = "x", ["from"] = sender, ["sender"] = sender.DeepClone(),
            ["toRecipients"] = new JsonArray(new JsonObject { ["emailAddress"] = new JsonObject { ["address"] = to } }),
            ["ccRecipients"] = new JsonArray(), ["bccRecipients"] = new JsonArray(),
            ["sentDateTime"] = at.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["receivedDateTime"] = at.AddSeconds(3).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["isDraft"] = false, ["isRead"] = true, ["inferenceClassification"] = "focused", ["parentFolderId"] = folder,
        }.ToJsonString();
    }
}
