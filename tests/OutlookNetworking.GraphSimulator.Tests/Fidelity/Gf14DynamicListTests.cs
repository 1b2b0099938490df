using System.Net;
using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Fidelity;

/// <summary>GF-14: GET /groups never lists dynamic distribution groups; mail to one carries an address of the
/// organisation's own domain that resolves to no user or group.</summary>
public sealed class Gf14DynamicListTests : DirectorySimulatorTest
{
    [Fact]
    public async Task Gf14_Groups_NeverListADynamicDistributionGroup()
    {
        var (_, all) = await Http.GetAsync("/groups");
        var (_, mailEnabled) = await Http.GetAsync("/groups?$filter=mailEnabled eq true");

        Assert.Equal(["all@fabrikam.example"], all.GetProperty("value").EnumerateArray().Select(g => g.GetProperty("mail").GetString()));
        Assert.Equal(["all@fabrikam.example"], mailEnabled.GetProperty("value").EnumerateArray().Select(g => g.GetProperty("mail").GetString()));
    }

    [Fact]
    public async Task Gf14_MailToTheDynamicList_CarriesAnAddressThatResolvesToNoUser()
    {
        var (items, _, _) = await Http.DeltaRoundAsync(
            $"/users/{DirectorySnapshot.Member}/mailFolders/sentitems/messages/delta?$select=toRecipients", "IdType=\"ImmutableId\"");
        var (user, body) = await Http.GetAsync($"/users/{DirectorySnapshot.DynamicListAddress}");

        var to = Assert.Single(items).GetProperty("toRecipients")[0].GetProperty("emailAddress").GetProperty("address").GetString();
        Assert.Equal(DirectorySnapshot.DynamicListAddress, to);
        Assert.Equal(HttpStatusCode.NotFound, user.StatusCode);
        Assert.Equal("Request_ResourceNotFound", body.GetProperty("error").GetProperty("code").GetString());
    }
}
