using System.Net;
using System.Text.Json;
using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Fidelity;

/// <summary>GF-8: a move between nights (through the control surface) is @removed ("reason": "deleted") in the old
/// folder's round and an item in the new folder's round, with the same immutable id, whichever round runs first.</summary>
public sealed class Gf08MessageMoveTests : ContosoSimulatorTest
{
    private const string Immutable = "IdType=\"ImmutableId\"";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Gf08_MoveBetweenNights_RemovedFromTheOldFolderAndAddedToTheNewWithTheSameId(bool oldFolderFirst)
    {
        var (_, inboxLink, _) = await Http.DeltaRoundAsync(Delta("inbox"), "odata.maxpagesize=200", Immutable);
        var (_, archiveLink, _) = await Http.DeltaRoundAsync(Delta("archive"), "odata.maxpagesize=200", Immutable);
        var moved = FixtureFacts.MessageIdsIn(TestPaths.Contoso, TestPaths.AvaId, "inbox")[0];

        var (move, _) = await Http.PostAsync(Sim.RootUri + $"_simulator/users/{TestPaths.AvaUpn}/messages/{moved}/move", """{"folder":"archive"}""");
        List<JsonElement> fromInbox, intoArchive;
        if (oldFolderFirst)
        {
            fromInbox = (await Http.DeltaRoundAsync(inboxLink, Immutable)).Items;
            intoArchive = (await Http.DeltaRoundAsync(archiveLink, Immutable)).Items;
        }
        else
        {
            intoArchive = (await Http.DeltaRoundAsync(archiveLink, Immutable)).Items;
            fromInbox = (await Http.DeltaRoundAsync(inboxLink, Immutable)).Items;
        }

        Assert.Equal(HttpStatusCode.NoContent, move.StatusCode);
        var removed = Assert.Single(fromInbox);
        Assert.Equal(moved, removed.GetProperty("id").GetString());
        Assert.Equal("deleted", removed.GetProperty("@removed").GetProperty("reason").GetString());
        var added = Assert.Single(intoArchive);
        Assert.Equal(moved, added.GetProperty("id").GetString());
        Assert.False(added.TryGetProperty("@removed", out _));
        Assert.Equal(Sim.Control.FolderId(TestPaths.AvaUpn, "archive"), added.GetProperty("parentFolderId").GetString());
    }

    [Fact]
    public async Task Gf08_WithoutImmutableIds_TheIdChangesWhenTheMessageMoves()
    {
        var (before, _, _) = await Http.DeltaRoundAsync(Delta("inbox"), "odata.maxpagesize=200");
        var first = before[0].GetProperty("id").GetString()!;
        var (immutableBefore, _, _) = await Http.DeltaRoundAsync(Delta("inbox"), "odata.maxpagesize=200", Immutable);
        var immutableId = immutableBefore[0].GetProperty("id").GetString()!;
        Sim.Control.MoveMessage(TestPaths.AvaUpn, immutableId, "archive");

        var (after, _, _) = await Http.DeltaRoundAsync(Delta("archive"), "odata.maxpagesize=200");
        var (immutableAfter, _, _) = await Http.DeltaRoundAsync(Delta("archive"), "odata.maxpagesize=200", Immutable);

        Assert.Contains(immutableId, immutableAfter.Select(i => i.GetProperty("id").GetString()));
        Assert.DoesNotContain(first, after.Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(immutableAfter.Count, after.Count);
    }

    private static string Delta(string folder) => $"/users/{TestPaths.AvaId}/mailFolders/{folder}/messages/delta?$select=from,parentFolderId";
}
