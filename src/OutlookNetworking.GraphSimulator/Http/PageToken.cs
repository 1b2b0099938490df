using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OutlookNetworking.GraphSimulator.Http;

/// <summary>The state of a plain collection's next link (users, mail folders): where the next page starts.</summary>
internal sealed record PageToken(
    [property: JsonPropertyName("o")] int Offset,
    [property: JsonPropertyName("sel")] string? Select,
    [property: JsonPropertyName("ps")] int PageSize)
{
    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(this));

    public static PageToken? TryDecode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<PageToken>(Base64Url.DecodeFromChars(text));
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
