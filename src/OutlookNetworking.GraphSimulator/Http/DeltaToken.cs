using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OutlookNetworking.GraphSimulator.Http;

/// <summary>
/// The state a delta link or next link carries, opaque to clients (base64url JSON), as Graph
/// encodes the round's query options (<c>$select</c>, the calendar window) into its tokens.
/// </summary>
/// <param name="Kind"><c>m</c> for a folder's messages, <c>e</c> for a calendar view.</param>
/// <param name="Phase"><c>s</c>: listing the state; <c>c</c>: listing changes; <c>z</c>: the empty pages that end a
/// round (graph-fidelity GF-10); <c>d</c>: a delta link (a round not yet started).</param>
/// <param name="Since">Changes after this sequence number are reported.</param>
/// <param name="Until">The sequence number the round started at.</param>
/// <param name="Cursor">Where the next page starts.</param>
/// <param name="Epoch">The mailbox epoch it was issued in; an older epoch is expired (410).</param>
/// <param name="Generation">The stream's sync-state generation the link was issued as (GF-9); only the last three are held.</param>
/// <param name="Pages">Pages served so far in this round (shapes the next page's size, GF-10).</param>
/// <param name="Reported">Whether the round has served an item yet (a round that reported nothing ends at once).</param>
/// <param name="EmptyLeft">Phase <c>z</c>: empty pages still to serve before the delta link.</param>
internal sealed record DeltaToken(
    [property: JsonPropertyName("k")] char Kind,
    [property: JsonPropertyName("u")] string UserId,
    [property: JsonPropertyName("f")] string? FolderKey,
    [property: JsonPropertyName("ws")] DateTimeOffset? WindowStart,
    [property: JsonPropertyName("we")] DateTimeOffset? WindowEnd,
    [property: JsonPropertyName("p")] char Phase,
    [property: JsonPropertyName("s")] long Since,
    [property: JsonPropertyName("t")] long Until,
    [property: JsonPropertyName("c")] int Cursor,
    [property: JsonPropertyName("sel")] string? Select,
    [property: JsonPropertyName("ps")] int? PageSize,
    [property: JsonPropertyName("ep")] int Epoch,
    [property: JsonPropertyName("g")] long Generation = 0,
    [property: JsonPropertyName("n")] int Pages = 0,
    [property: JsonPropertyName("r")] bool Reported = false,
    [property: JsonPropertyName("z")] int EmptyLeft = 0)
{
    /// <summary>The delta stream the token belongs to: its kind and folder (the calendar for events).</summary>
    [JsonIgnore]
    public string Stream => Kind + ":" + (FolderKey ?? "calendar");

    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(this));

    public static DeltaToken? TryDecode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<DeltaToken>(Base64Url.DecodeFromChars(text));
        }
        catch (FormatException)
        {
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
