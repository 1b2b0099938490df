using OutlookNetworking.Graph.Permissions;

namespace OutlookNetworking.Graph.Tests.Permissions;

public sealed class GraphPermissionsTests
{
    /// <summary>Microsoft Graph's application permission ids as Microsoft publishes them (permissions reference,
    /// learn.microsoft.com/graph/permissions-reference), written out here, not read from the code under test.</summary>
    public static TheoryData<string, string> Published => new()
    {
        { "Mail.ReadBasic.All", "693c5e45-0940-467d-9b8a-1022fb9d42ef" },
        { "Calendars.ReadBasic.All", "8ba4a692-bc31-4128-9094-475872af8a53" },
        { "Calendars.Read", "798ee544-9d2d-430c-a058-570e29e34338" },
        { "User.Read.All", "df021288-bdef-4463-88db-98f22de89214" },
        { "MailboxSettings.Read", "40f97065-369a-49f4-947c-6a255697ae91" },
        { "GroupMember.Read.All", "98830695-27a2-44f7-8c18-0c3ebc9698f6" },
        { "Mail.Send", "b633e1c5-b582-4048-a93e-9f11b44c7e96" },
    };

    [Theory]
    [MemberData(nameof(Published))]
    public void Permission_Id_IsTheApplicationPermissionIdMicrosoftPublishes(string name, string id)
    {
        var permission = GraphPermissions.Find(name);

        Assert.NotNull(permission);
        Assert.Equal(Guid.Parse(id), permission.Id);
    }

    [Fact]
    public void Requested_AreWhatConsentAsksFor_CalendarsReadOnlyThroughExchange()
    {
        Assert.Equal(
            ["Mail.ReadBasic.All", "Calendars.ReadBasic.All", "User.Read.All", "MailboxSettings.Read", "GroupMember.Read.All", "Mail.Send"],
            GraphPermissions.Requested.Select(p => p.Name));
        Assert.Equal(["GroupMember.Read.All"], GraphPermissions.All.Where(p => p.Use == GraphPermissionUse.Optional).Select(p => p.Name));
        Assert.Equal(GraphPermissionUse.ExchangeScopedAlternative, GraphPermissions.CalendarsRead.Use);
        Assert.Equal("Application Calendars.Read", GraphPermissions.CalendarsRead.ExchangeRole);
        Assert.Null(GraphPermissions.CalendarsReadBasicAll.ExchangeRole); // Exchange RBAC has no Calendars.ReadBasic role (GF-6)
        Assert.Equal(GraphPermissions.All.Count, GraphPermissions.All.Select(p => p.Id).Distinct().Count());
    }

    [Fact]
    public void Required_IsWhatTheNightCannotRunWithout()
    {
        Assert.Equal(
            ["Mail.ReadBasic.All", "Calendars.ReadBasic.All", "User.Read.All", "MailboxSettings.Read", "Mail.Send"],
            GraphPermissions.Required.Select(p => p.Name));
        Assert.Equal(Guid.Parse("00000003-0000-0000-c000-000000000000"), GraphPermissions.GraphAppId);
    }
}
