using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Fidelity;

/// <summary>
/// A hand-made tenant whose directory is as wide as a real one (graph-fidelity GF-12 to GF-14): a member, a guest, a
/// disabled account, a user without mail, a room, a shared mailbox, a Teams resource account, a member outside the
/// app's scope, a user without an Exchange Online mailbox, a distribution list and a dynamic distribution group.
/// </summary>
internal sealed class DirectorySnapshot : IDisposable
{
    public const string Member = "10000000-0000-0000-0000-000000000001";
    public const string Guest = "10000000-0000-0000-0000-000000000002";
    public const string Disabled = "10000000-0000-0000-0000-000000000003";
    public const string NoMail = "10000000-0000-0000-0000-000000000004";
    public const string Room = "10000000-0000-0000-0000-000000000005";
    public const string Shared = "10000000-0000-0000-0000-000000000006";
    public const string ResourceAccount = "10000000-0000-0000-0000-000000000007";
    public const string OutOfScope = "10000000-0000-0000-0000-000000000008";
    public const string Unlicensed = "10000000-0000-0000-0000-000000000009";
    public const string DynamicListAddress = "all-sales-dynamic@fabrikam.example";

    private readonly TempFolder _folder = new();

    public DirectorySnapshot(int extraMembers = 0)
    {
        File.WriteAllText(_folder.File("tenant.json"),
            """{"tenantId":"22222222-2222-2222-2222-222222222222","displayName":"Fabrikam","domains":["fabrikam.example"],"now":"2025-06-30T18:00:00Z"}""");
        var users = new JsonArray
        {
            User(Member, "Mia Member", "mia@fabrikam.example", "mia@fabrikam.example", purpose: "user"),
            User(Guest, "Gus Guest", "gus@partner.example", "gus_partner.example#EXT#@fabrikam.onmicrosoft.com", userType: "Guest"),
            User(Disabled, "Dora Departed", "dora@fabrikam.example", "dora@fabrikam.example", enabled: false, purpose: "user"),
            User(NoMail, "Nick NoMail", null, "nick@fabrikam.example"),
            User(Room, "Room 2.01", "room-201@fabrikam.example", "room-201@fabrikam.example", purpose: "room"),
            User(Shared, "Support", "support@fabrikam.example", "support@fabrikam.example", purpose: "shared"),
            User(ResourceAccount, "Main line auto attendant", "aa-main@fabrikam.example", "aa-main@fabrikam.example", access: "noExchangeMailbox"),
            User(OutOfScope, "Otto Outside", "otto@fabrikam.example", "otto@fabrikam.example", purpose: "user", access: "outOfScope"),
            User(Unlicensed, "Una Unlicensed", "una@fabrikam.example", "una@fabrikam.example", access: "noExchangeMailbox"),
        };
        for (var i = 0; i < extraMembers; i++)
        {
            var id = $"20000000-0000-0000-0000-{i:D12}";
            users.Add(User(id, $"Person {i}", $"person{i}@fabrikam.example", $"person{i}@fabrikam.example", purpose: "user"));
        }

        File.WriteAllText(_folder.File("users.json"), new JsonObject { ["value"] = users }.ToJsonString());
        File.WriteAllText(_folder.File("groups.json"), """
            {"value":[
              {"id":"30000000-0000-0000-0000-000000000001","displayName":"All staff","mail":"all@fabrikam.example","mailEnabled":true,"securityEnabled":false,"groupTypes":[],"proxyAddresses":["SMTP:all@fabrikam.example"]},
              {"id":"30000000-0000-0000-0000-000000000002","displayName":"All sales (dynamic)","mail":"all-sales-dynamic@fabrikam.example","mailEnabled":true,"recipientTypeDetails":"DynamicDistributionGroup"}
            ]}
            """);
        File.WriteAllText(_folder.File($"mailboxes/{Member}/messages.jsonl"),
            """{"id":"m-1","conversationId":"c-1","subject":"Q3 forecast","from":{"emailAddress":{"name":"Mia","address":"mia@fabrikam.example"}},"toRecipients":[{"emailAddress":{"name":"All sales","address":"all-sales-dynamic@fabrikam.example"}}],"sentDateTime":"2025-06-01T10:00:00Z","receivedDateTime":"2025-06-01T10:00:00Z","parentFolderId":"sentitems"}""" + "\n");
    }

    public string Path => _folder.Path;

    public void Dispose() => _folder.Dispose();

    private static JsonObject User(string id, string name, string? mail, string upn, string userType = "Member", bool enabled = true,
        string? purpose = null, string? access = null)
    {
        var user = new JsonObject
        {
            ["id"] = id,
            ["displayName"] = name,
            ["mail"] = mail,
            ["userPrincipalName"] = upn,
            ["userType"] = userType,
            ["accountEnabled"] = enabled,
            ["proxyAddresses"] = mail is null ? new JsonArray() : new JsonArray("SMTP:" + mail),
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

    public static string[] Ids(JsonElement page) =>
        page.GetProperty("value").EnumerateArray().Select(u => u.GetProperty("id").GetString()!).ToArray();
}
