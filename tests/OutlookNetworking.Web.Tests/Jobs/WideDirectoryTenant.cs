using System.Text.Json.Nodes;

namespace OutlookNetworking.Web.Tests.Jobs;

/// <summary>
/// A hand-made tenant whose directory is as wide as a real one (graph-fidelity GF-12 to GF-14): a member with mail (Mia),
/// a guest, a disabled account (Dora, who left; she wrote to Mia), a user without mail, a room, a shared mailbox (the
/// digest sender), a Teams resource account and an unlicensed user (no Exchange Online mailbox), a member outside the
/// app's Exchange scope, optionally many more members (paging), a distribution list and a dynamic distribution group
/// Mia writes to.
/// </summary>
internal sealed class WideDirectoryTenant : IDisposable
{
    public const string Mia = "10000000-0000-0000-0000-000000000001";
    public const string Guest = "10000000-0000-0000-0000-000000000002";
    public const string Dora = "10000000-0000-0000-0000-000000000003";
    public const string NoMail = "10000000-0000-0000-0000-000000000004";
    public const string Room = "10000000-0000-0000-0000-000000000005";
    public const string Shared = "10000000-0000-0000-0000-000000000006";
    public const string ResourceAccount = "10000000-0000-0000-0000-000000000007";
    public const string Otto = "10000000-0000-0000-0000-000000000008";
    public const string Unlicensed = "10000000-0000-0000-0000-000000000009";
    public const string Sam = "10000000-0000-0000-0000-000000000010";
    public const string DoraAddress = "dora@fabrikam.example";
    public const string DynamicList = "all-sales-dynamic@fabrikam.example";

    public WideDirectoryTenant(int extraMembers = 0)
    {
        Path = Directory.CreateTempSubdirectory("on-wide-").FullName;
        System.IO.File.WriteAllText(File("tenant.json"),
            """{"tenantId":"22222222-2222-2222-2222-222222222222","displayName":"Fabrikam","domains":["fabrikam.example"],"now":"2025-06-30T18:00:00Z"}""");
        var users = new JsonArray
        {
            User(Mia, "Mia Member", "mia@fabrikam.example", "mia@fabrikam.example", purpose: "user"),
            User(Sam, "Sam Colleague", "sam@fabrikam.example", "sam@fabrikam.example", purpose: "user"),
            User(Guest, "Gus Guest", "gus@partner.example", "gus_partner.example#EXT#@fabrikam.onmicrosoft.com", userType: "Guest"),
            User(Dora, "Dora Departed", DoraAddress, DoraAddress, enabled: false, purpose: "user"),
            User(NoMail, "Nick NoMail", null, "nick@fabrikam.example"),
            User(Room, "Room 2.01", "room-201@fabrikam.example", "room-201@fabrikam.example", purpose: "room"),
            User(Shared, "Digest sender", "digest@fabrikam.example", "digest@fabrikam.example", purpose: "shared"),
            User(ResourceAccount, "Main line auto attendant", "aa-main@fabrikam.example", "aa-main@fabrikam.example", access: "noExchangeMailbox"),
            User(Otto, "Otto Outside", "otto@fabrikam.example", "otto@fabrikam.example", purpose: "user", access: "outOfScope"),
            User(Unlicensed, "Una Unlicensed", "una@fabrikam.example", "una@fabrikam.example", access: "noExchangeMailbox"),
        };
        for (var i = 0; i < extraMembers; i++)
        {
            users.Add(User($"20000000-0000-0000-0000-{i:D12}", $"Person {i}", $"person{i}@fabrikam.example", $"person{i}@fabrikam.example", purpose: "user"));
        }

        System.IO.File.WriteAllText(File("users.json"), new JsonObject { ["value"] = users }.ToJsonString());
        System.IO.File.WriteAllText(File("groups.json"), """
            {"value":[
              {"id":"30000000-0000-0000-0000-000000000001","displayName":"All staff","mail":"all@fabrikam.example","mailEnabled":true,"securityEnabled":false,"groupTypes":[],"proxyAddresses":["SMTP:all@fabrikam.example"]},
              {"id":"30000000-0000-0000-0000-000000000002","displayName":"All sales (dynamic)","mail":"all-sales-dynamic@fabrikam.example","mailEnabled":true,"recipientTypeDetails":"DynamicDistributionGroup"}
            ]}
            """);
        var lines = new List<string>();
        for (var week = 0; week < 12; week++)
        {
            // Weekly exchanges with Sam and with Dora (until she left, 120 days ago); a weekly note to the dynamic list.
            lines.Add(Message($"sam-in-{week}", "inbox", "sam@fabrikam.example", "mia@fabrikam.example", 3 + (7 * week)));
            lines.Add(Message($"sam-out-{week}", "sentitems", "mia@fabrikam.example", "sam@fabrikam.example", 2.9 + (7 * week)));
            lines.Add(Message($"dora-in-{week}", "inbox", DoraAddress, "mia@fabrikam.example", 120 + (7 * week)));
            lines.Add(Message($"dora-out-{week}", "sentitems", "mia@fabrikam.example", DoraAddress, 119.9 + (7 * week)));
            lines.Add(Message($"list-{week}", "sentitems", "mia@fabrikam.example", DynamicList, 4 + (7 * week)));
        }

        System.IO.File.WriteAllText(File($"mailboxes/{Mia}/messages.jsonl"), string.Join("\n", lines) + "\n");
    }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private string File(string relative)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        return full;
    }

    private static string Message(string id, string folder, string from, string to, double daysAgo)
    {
        var at = new DateTimeOffset(2025, 6, 30, 18, 0, 0, TimeSpan.Zero).AddDays(-daysAgo).ToString("o");
        return new JsonObject
        {
            ["id"] = id, ["conversationId"] = "c-" + id, ["subject"] = "s",
            ["from"] = Party(from), ["toRecipients"] = new JsonArray(Party(to)), ["ccRecipients"] = new JsonArray(),
            ["sentDateTime"] = at, ["receivedDateTime"] = at, ["isDraft"] = false, ["inferenceClassification"] = "focused",
            ["parentFolderId"] = folder,
        }.ToJsonString();
    }

    private static JsonObject Party(string address) => new() { ["emailAddress"] = new JsonObject { ["name"] = address, ["address"] = address } };

    private static JsonObject User(string id, string name, string? mail, string upn, string userType = "Member", bool enabled = true,
        string? purpose = null, string? access = null)
    {
        var user = new JsonObject
        {
            ["id"] = id, ["displayName"] = name, ["mail"] = mail, ["userPrincipalName"] = upn, ["userType"] = userType,
            ["accountEnabled"] = enabled, ["proxyAddresses"] = mail is null ? new JsonArray() : new JsonArray("SMTP:" + mail),
        };
        if (purpose is not null)
        {
            user["mailboxSettings"] = new JsonObject { ["timeZone"] = "Europe/Berlin", ["userPurpose"] = purpose };
        }

        if (access is not null)
        {
            user["mailboxAccess"] = access;
        }

        return user;
    }
}
