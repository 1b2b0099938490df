using System.Text;
using System.Text.Json;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Graph.Mapping;

namespace OutlookNetworking.Graph.Tests.Mapping;

public sealed class MessageMapperTests
{
    private static MapResult<MessageMeta> Map(string json) =>
        MessageMapper.Map(JsonDocument.Parse(json).RootElement, FolderKind.Inbox);

    [Fact]
    public void Map_FullMessage_ReadsEveryField()
    {
        var result = Map("""
            {"id":"AAMk1","conversationId":"c1","from":{"emailAddress":{"name":"Ben","address":"Ben.Okafor@contoso.example"}},
             "toRecipients":[{"emailAddress":{"name":"Ava","address":"ava@contoso.example"}}],
             "ccRecipients":[{"emailAddress":{"address":"x@fabrikam.example"}}],"bccRecipients":[],
             "sentDateTime":"2025-06-25T16:00:00Z","receivedDateTime":"2025-06-25T16:00:03Z","isDraft":false,
             "inferenceClassification":"other","parentFolderId":"inbox"}
            """);

        var m = result.Item!;
        Assert.Equal("AAMk1", m.Id);
        Assert.Equal("c1", m.ConversationId);
        Assert.Equal(new Party("Ben.Okafor@contoso.example", "Ben"), m.From);
        Assert.Equal([new Party("ava@contoso.example", "Ava")], m.To);
        Assert.Equal([new Party("x@fabrikam.example", null)], m.Cc);
        Assert.Equal(new DateTimeOffset(2025, 6, 25, 16, 0, 0, TimeSpan.Zero), m.SentAt);
        Assert.Equal(InferenceClass.Other, m.Classification);
        Assert.Equal(FolderKind.Inbox, m.Folder);
    }

    [Theory]
    [InlineData("2025-06-25T16:00:00Z")]
    [InlineData("2025-06-25T16:00:00.0000000Z")]
    [InlineData("2025-06-25T18:00:00+02:00")]
    [InlineData("2025-06-25T16:00:00")]
    [InlineData("2025-06-25 16:00:00Z")]
    public void Map_InstantLayouts_ReadAsTheSameUtcInstant(string sent)
    {
        var m = Map($$"""{"id":"a","sentDateTime":"{{sent}}","inferenceClassification":"focused"}""").Item!;

        Assert.Equal(new DateTimeOffset(2025, 6, 25, 16, 0, 0, TimeSpan.Zero), m.SentAt);
        Assert.Equal(TimeSpan.Zero, m.SentAt!.Value.Offset);
        Assert.Equal(InferenceClass.Focused, m.Classification);
    }

    [Fact]
    public void Map_Removed_ReturnsRemovedId()
    {
        var result = Map("""{"id":"AAMk9","@removed":{"reason":"deleted"}}""");

        Assert.Equal("AAMk9", result.RemovedId);
        Assert.Null(result.Item);
    }

    [Theory]
    [InlineData("""{"conversationId":"c"}""", "badId")]
    [InlineData("""{"id":42,"sentDateTime":"2025-01-01T00:00:00Z"}""", "badId")]
    [InlineData("""{"id":""}""", "badId")]
    [InlineData("""{"id":"a"}""", "noDate")]
    [InlineData("""{"id":"a","sentDateTime":"yesterday","receivedDateTime":null}""", "noDate")]
    [InlineData("""{"id":"a","sentDateTime":"0001-01-01T00:00:00Z"}""", "noDate")]
    [InlineData("""{"id":"a","sentDateTime":"9999-12-31T23:59:59Z"}""", "noDate")]
    [InlineData("""[1,2]""", "notAnObject")]
    [InlineData("""null""", "notAnObject")]
    public void Map_Unusable_SkippedWithReason(string json, string reason)
    {
        Assert.Equal(reason, Map(json).SkipReason);
    }

    [Fact]
    public void Map_OddRecipients_KeepsTheUsableOnesUntouched()
    {
        var result = Map("""
            {"id":"a","sentDateTime":"2025-06-10T18:00:00Z",
             "from":null,
             "toRecipients":[{"emailAddress":{"name":"No Address"}},{"emailAddress":{"address":""}},"junk",42,null,
               {"emailAddress":{"address":"/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=3f2a9c-ava"}},
               {"emailAddress":{"address":"zoë@bücher.example","name":"Zoë 🙂"}}],
             "ccRecipients":"not a list","bccRecipients":{"x":1}}
            """);

        var m = result.Item!;
        Assert.Null(m.From);
        Assert.Equal(4, m.To.Count);
        Assert.Equal(new Party(null, "No Address"), m.To[0]);
        Assert.Equal("", m.To[1].Address);
        Assert.StartsWith("/o=ExchangeLabs", m.To[2].Address, StringComparison.Ordinal);
        Assert.Equal("Zoë 🙂", m.To[3].Name);
        Assert.Empty(m.Cc);
        Assert.Empty(m.Bcc);
    }

    [Fact]
    public void Map_HugeRecipientList_CappedButStillBulk()
    {
        var to = string.Join(',', Enumerable.Range(0, 5000).Select(i => $$$"""{"emailAddress":{"address":"p{{{i}}}@x.example"}}"""));
        var result = Map($$$"""{"id":"a","sentDateTime":"2025-06-10T18:00:00Z","toRecipients":[{{{to}}}]}""");

        Assert.Equal(MessageMapper.MaxRecipients, result.Item!.To.Count);
    }

    [Fact]
    public async Task ParseAsync_PageWithBadItems_KeepsGoodOnesAndCountsBad()
    {
        var subject = new string('x', 1024 * 1024);
        var page = $$$"""
            {"value":[
              {"id":"good1","sentDateTime":"2025-06-10T18:00:00Z","subject":"{{{subject}}}"},
              {"id":"bad","sentDateTime":"not a date"},
              {"id":"gone","@removed":{"reason":"deleted"}},
              17,
              {"id":"good2","receivedDateTime":"2025-06-11T18:00:00+02:00","isDraft":"yes"}
            ],"@odata.deltaLink":"https://graph/delta?token=1"}
            """;

        var parsed = await DeltaPageParser.ParseAsync(new MemoryStream(Encoding.UTF8.GetBytes(page)),
            item => MessageMapper.Map(item, FolderKind.Archive), CancellationToken.None);

        Assert.Equal(["good1", "good2"], parsed.Upserts.Select(m => m.Id));
        Assert.Equal(new DateTimeOffset(2025, 6, 11, 16, 0, 0, TimeSpan.Zero), parsed.Upserts[1].ReceivedAt);
        Assert.False(parsed.Upserts[1].IsDraft);
        Assert.Equal(["gone"], parsed.RemovedIds);
        Assert.Equal(1, parsed.Skipped["noDate"]);
        Assert.Equal(1, parsed.Skipped["notAnObject"]);
        Assert.Equal("https://graph/delta?token=1", parsed.DeltaLink);
    }

    [Theory]
    [InlineData("""{"value":[{"id":"a","sentDateTime":"2025-06-10T18:00:00Z"}""")]
    [InlineData("""{"value":[]}""")]
    [InlineData("""[]""")]
    [InlineData("""{"value":{"id":"a"},"@odata.nextLink":"n"}""")]
    [InlineData("")]
    public async Task ParseAsync_UnreadablePage_ThrowsMalformedPage(string page)
    {
        await Assert.ThrowsAsync<MalformedPageException>(() => DeltaPageParser.ParseAsync(
            new MemoryStream(Encoding.UTF8.GetBytes(page)), item => MessageMapper.Map(item, FolderKind.Inbox), CancellationToken.None));
    }
}
