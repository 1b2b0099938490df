using System.Net;
using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Fidelity;

/// <summary>GF-11: Mail.ReadBasic.All excludes bodies, previews and attachments, not the subject: asked for, it comes.
/// The 403 for content fields is the simulator's guard for this product, not Graph's answer.</summary>
public sealed class Gf11SubjectTests : ContosoSimulatorTest
{
    private const string Immutable = "IdType=\"ImmutableId\"";

    [Fact]
    public async Task Gf11_SelectSubject_ServesEachMessagesSubject()
    {
        var (items, _, _) = await Http.DeltaRoundAsync(
            $"/users/{TestPaths.AvaId}/mailFolders/inbox/messages/delta?$select=subject,from", "odata.maxpagesize=1000", Immutable);

        var subjects = FixtureFacts.Messages(TestPaths.Contoso, TestPaths.AvaId)
            .Where(m => m.TryGetProperty("subject", out _))
            .ToDictionary(m => m.GetProperty("id").GetString()!, m => m.GetProperty("subject").GetString());
        Assert.NotEmpty(items);
        Assert.All(items, item => Assert.Equal(subjects[item.GetProperty("id").GetString()!], item.GetProperty("subject").GetString()));
    }

    [Fact]
    public async Task Gf11_SelectBodyPreview_IsRefusedByTheSimulatorsProductGuardNotByGraph()
    {
        var (response, _) = await Http.GetAsync($"/users/{TestPaths.AvaId}/messages?$select=subject,bodyPreview", Immutable);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(1, Sim.Control.Counters.MetadataGuardRejections);
    }
}
