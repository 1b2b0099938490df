using System.Text;
using System.Text.Json.Nodes;

namespace OutlookNetworking.Graph.Tests.Fuzz;

/// <summary>Writes fuzz cases as one delta page's JSON text (the way they reach the parser over the wire).</summary>
internal static class FuzzPage
{
    /// <summary>Stands for a lone UTF-16 surrogate, which a JSON writer refuses to write: replaced by its escape in the text.</summary>
    public const string LoneSurrogateMarker = "__LONE_SURROGATE__";

    public static MemoryStream Write(IReadOnlyList<FuzzCase> cases, bool last)
    {
        var builder = new StringBuilder("{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata\",\"value\":[");
        for (var i = 0; i < cases.Count; i++)
        {
            builder.Append(i == 0 ? "" : ",").Append(cases[i].Item?.ToJsonString() ?? "null");
        }

        builder.Append("],").Append(last ? "\"@odata.deltaLink\"" : "\"@odata.nextLink\"").Append(":\"https://graph.example/next\"}");
        builder.Replace(LoneSurrogateMarker, "bad\\ud800id");
        return new MemoryStream(Encoding.UTF8.GetBytes(builder.ToString()));
    }
}
