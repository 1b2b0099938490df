using Microsoft.Extensions.DependencyInjection;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Web.Features.Analysis;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Api;

/// <summary>A host of its own: the test adds a distribution list to the home tenant's directory.</summary>
public sealed class PeopleDistributionListTests(SeededApiHostFixture fixture) : IClassFixture<SeededApiHostFixture>
{
    [Fact]
    public async Task GetPeople_DistributionListOfTheDirectory_CardSaysSoWhateverTheCase()
    {
        var services = fixture.Host.Services;
        await services.GetRequiredService<MailboxStore>().UpsertDirectoryAsync(TestIds.HomeTenant,
        [
            new DirectoryUser(TestIds.Ava.Id, TestIds.Ava.Mail!, TestIds.Ava.UserPrincipalName, TestIds.Ava.DisplayName, [SeededData.AvaAlias],
                "Pacific Standard Time", MailboxPurpose.User, false),
            new DirectoryUser(TestIds.Ben.Id, TestIds.Ben.Mail!, TestIds.Ben.UserPrincipalName, TestIds.Ben.DisplayName, [],
                "Europe/London", MailboxPurpose.User, false),
            new DirectoryUser(TestIds.Nia.Id, TestIds.Nia.Mail!, TestIds.Nia.UserPrincipalName, TestIds.Nia.DisplayName, [],
                "UTC", MailboxPurpose.User, false),
            new DirectoryUser(Guid.Parse("d1d1d1d1-0000-4000-8000-00000000d1d1"), "Ops-Team@contoso.example", "Ops-Team@contoso.example",
                "Operations team", [], null, MailboxPurpose.DistributionList, false),
        ], CancellationToken.None);
        services.GetRequiredService<TenantDirectory>().Invalidate(TestIds.HomeTenant);
        using var client = fixture.Host.AvaClient();

        var people = (await client.GetJsonAsync("/api/people?emails=OPS-TEAM@contoso.example,ben.okafor@contoso.example"))
            .GetProperty("people").EnumerateArray().ToList();

        Assert.Equal(["ops-team@contoso.example", "ben.okafor@contoso.example"], people.Select(p => p.Text("address")));
        Assert.True(people[0].GetProperty("isDistributionList").GetBoolean());
        Assert.Equal("Operations team", people[0].Text("displayName"));
        Assert.False(people[1].GetProperty("isDistributionList").GetBoolean());
    }
}
