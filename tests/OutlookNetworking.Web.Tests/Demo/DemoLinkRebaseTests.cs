using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Demo.Features.DemoNight;
using OutlookNetworking.Demo.Features.DemoTenant;
using OutlookNetworking.Web.Tests.Digest;

namespace OutlookNetworking.Web.Tests.Demo;

/// <summary>When the demo's kept simulator port is taken at its next start, the simulator takes another and the links the
/// store kept are moved onto it: the night goes on with no failed mailbox.</summary>
public sealed class DemoLinkRebaseTests
{
    private static readonly Uri Current = new("http://127.0.0.1:6000/v1.0");

    [Theory]
    [InlineData("http://127.0.0.1:5123/v1.0/users/u/messages/delta?$deltatoken=abc", "http://127.0.0.1:6000/v1.0/users/u/messages/delta?$deltatoken=abc")]
    [InlineData("http://localhost:5123/v1.0/users/u/events/delta?$skiptoken=x", "http://127.0.0.1:6000/v1.0/users/u/events/delta?$skiptoken=x")]
    [InlineData("http://127.0.0.1:6000/v1.0/users/u/messages/delta?$deltatoken=abc", "http://127.0.0.1:6000/v1.0/users/u/messages/delta?$deltatoken=abc")]
    [InlineData("https://graph.microsoft.com/v1.0/users/u/messages/delta?$deltatoken=abc", "https://graph.microsoft.com/v1.0/users/u/messages/delta?$deltatoken=abc")]
    [InlineData("http://10.0.0.5:5123/v1.0/users/u/messages/delta", "http://10.0.0.5:5123/v1.0/users/u/messages/delta")]
    [InlineData(null, null)]
    public void Rebase_StoredLink_OnlyLoopbackLinksElsewhereMove(string? stored, string? expected) =>
        Assert.Equal(expected, DemoLinkRebaser.Rebase(stored, Current));

    [Fact]
    public async Task Night_KeptPortTakenAtTheNextStart_LinksRebasedAndNoFailedMailbox()
    {
        var data = Directory.CreateTempSubdirectory("on-demo-rebase-");
        try
        {
            var (first, firstPort) = await RunOneNightAsync(data);
            using var squatter = new TcpListener(IPAddress.Loopback, firstPort); // another process took the kept port
            squatter.Start();

            var (second, secondPort) = await RunOneNightAsync(data);

            Assert.True(first.Mailboxes > 0);
            Assert.Equal(0, first.Failed);
            Assert.NotEqual(firstPort, secondPort);
            Assert.Equal(first.Mailboxes, second.Mailboxes);
            Assert.Empty(second.FailedMailboxes);
            Assert.Equal(0, second.Failed);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            data.Delete(recursive: true);
        }
    }

    /// <summary>A demo host on <paramref name="data"/>: its night, then (before it stops) the port its simulator runs on,
    /// checked against every stored link.</summary>
    private static async Task<(DemoNightSummary Night, int Port)> RunOneNightAsync(DirectoryInfo data)
    {
        await using var digestHost = new DigestTestHost();
        await using var host = digestHost.WithWebHostBuilder(builder => builder.UseSetting("App:DataDirectory", data.FullName));
        using var client = host.CreateClient();
        using var response = await client.PostAsync(new Uri("/demo/night?timeoutSeconds=300", UriKind.Relative), null);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST /demo/night answered {(int)response.StatusCode}: {body}");
        var night = JsonSerializer.Deserialize<DemoNightSummary>(body, JsonSerializerOptions.Web)!;

        var port = int.Parse(await File.ReadAllTextAsync(Path.Combine(data.FullName, DemoEnvironment.SimulatorPortFile)),
            System.Globalization.CultureInfo.InvariantCulture);
        await using var db = host.Services.GetRequiredService<IAppDbContextFactory>().CreateDbContext();
        var links = await db.SyncCursors.Where(c => c.DeltaLink != null).Select(c => c.DeltaLink!).ToListAsync();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.Equal(port, new Uri(link).Port));
        return (night, port);
    }
}
