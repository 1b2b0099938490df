using System.Text.Json.Nodes;
using OutlookNetworking.Data.Storage;

namespace OutlookNetworking.Web.Tests.Pipeline;

/// <summary>The working days of <c>mailboxSettings.workingHours</c> (read through the SDK with <c>$select</c>, served
/// by the simulator from the snapshot) are kept on the mailbox row, where meeting preparation reads them.</summary>
public sealed class MailboxWorkingHoursTests
{
    [Fact]
    public async Task Directory_WorkingHoursInTheSnapshot_KeptOnTheMailboxRow()
    {
        await using var harness = await PipelineHarness.StartAsync(StorageProvider.Sqlite, GeneratedTenants.Contoso);

        var ava = await harness.MailboxAsync("ava.patel@contoso.example");
        var ben = await harness.MailboxAsync("ben.okafor@contoso.example");

        Assert.Equal("monday,tuesday,wednesday,thursday,friday", ava.WorkingDays);
        Assert.Null(ben.WorkingDays); // the fixture gives Ben no workingHours
    }

    [Fact]
    public async Task Directory_SundayToThursdayWeekInTheSnapshot_KeptAsThoseDays()
    {
        // contoso-stories copied, Ava's working week made Sunday to Thursday (as in Israel or much of the Gulf).
        var tenant = CopyWithWorkingDays(GeneratedTenants.Contoso, "ava.patel@contoso.example",
            ["sunday", "monday", "tuesday", "wednesday", "thursday"]);
        try
        {
            await using var harness = await PipelineHarness.StartAsync(StorageProvider.Sqlite, tenant);

            var ava = await harness.MailboxAsync("ava.patel@contoso.example");

            Assert.Equal("sunday,monday,tuesday,wednesday,thursday", ava.WorkingDays);
        }
        finally
        {
            Directory.Delete(tenant, recursive: true);
        }
    }

    private static string CopyWithWorkingDays(string source, string mail, string[] days)
    {
        var target = Directory.CreateTempSubdirectory("on-working-week-").FullName;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        var usersFile = Path.Combine(target, "users.json");
        var users = JsonNode.Parse(File.ReadAllText(usersFile))!;
        var user = users["value"]!.AsArray().Single(u => (string?)u!["mail"] == mail)!;
        user["mailboxSettings"]!["workingHours"]!["daysOfWeek"] = new JsonArray(days.Select(d => (JsonNode?)d).ToArray());
        File.WriteAllText(usersFile, users.ToJsonString());
        return target;
    }
}
