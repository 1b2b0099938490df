using System.Net;
using OutlookNetworking.GraphSimulator.Snapshot;
using OutlookNetworking.Demo.Features.DemoMailbox;
using OutlookNetworking.Web.Tests.Infrastructure;
using OutlookNetworking.Web.Tests.Pipeline;

namespace OutlookNetworking.Web.Tests.Api;

public sealed class DemoMessagesTests(AuthTestHostFixture fixture) : IClassFixture<AuthTestHostFixture>
{
    [Fact]
    public async Task GetMessages_DemoUser_NewestFirstWithSubjectsAndRecipientTypes()
    {
        using var client = fixture.Host.CreateClient();

        var messages = await client.GetJsonAsync("/demo/messages?upn=ava.patel@contoso.example&top=5");

        Assert.Equal(5, messages.GetArrayLength());
        var received = messages.EnumerateArray().Select(m => DateTimeOffset.Parse(m.Text("receivedDateTime")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(received.OrderDescending(), received);
        Assert.All(messages.EnumerateArray(), m =>
        {
            Assert.StartsWith("AAMk", m.Text("id"), StringComparison.Ordinal); // the snapshot's (immutable) ids, not RestId-…
            Assert.False(string.IsNullOrEmpty(m.Text("subject")));
            Assert.False(m.TryGetProperty("body", out _));
        });
        var ava = messages.EnumerateArray().SelectMany(m => m.GetProperty("to").EnumerateArray().Concat(m.GetProperty("cc").EnumerateArray()))
            .First(r => r.Text("address") == "ava.patel@contoso.example");
        Assert.Equal("user", ava.Text("recipientType"));
    }

    [Theory]
    [InlineData("/demo/messages", 400, "invalid_request")]
    [InlineData("/demo/messages?upn=ava.patel@contoso.example&top=0", 400, "invalid_request")]
    [InlineData("/demo/messages?upn=nobody@contoso.example", 404, "unknown_demo_user")]
    public async Task GetMessages_BadRequest_Problem(string path, int status, string code)
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var problem = await ApiJson.ReadProblemAsync(response);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(code, problem.Text("code"));
    }

    [Fact]
    public async Task GetMessages_DemoModeOff_NotMapped()
    {
        await using var host = new ProductionTestHost();
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri("/demo/messages?upn=ava.patel@contoso.example", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("ben.okafor@contoso.example", "user")]
    [InlineData("AVA@contoso.example", "user")]                 // an alias (proxy address)
    [InlineData("room-4.1@contoso.example", "other")]           // a room
    [InlineData("all-staff@contoso.example", "distributionList")] // internal, no mailbox: a list
    [InlineData("ops1@contoso.example", "distributionList")]      // internal, not a user, never writes: a list (GF-14)
    [InlineData("dev.costa@contoso.example", "user")]             // internal, not a user, but writes to Operations 1: a person
    [InlineData("chen.wei@northwind.example", "externalUser")]
    [InlineData("/o=ExchangeLabs/ou=Exchange/cn=Recipients/cn=ava", "other")]
    [InlineData(null, "other")]
    public void RecipientType_SnapshotAddress_AsOutlookTellsThemApart(string? address, string expected)
    {
        var types = new DemoRecipientTypes(SnapshotLoader.Load(GeneratedTenants.Contoso));

        Assert.Equal(expected, types.Of(address));
    }
}
