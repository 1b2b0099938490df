using System.Text.Json.Serialization;
using OutlookNetworking.Core.Analysis;

namespace OutlookNetworking.Data.Analysis;

/// <summary>Source-generated JSON for the small documents kept in text columns.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SuggestionEvidence))]
[JsonSerializable(typeof(NetworkHealth))]
[JsonSerializable(typeof(Dictionary<string, int>))]
[JsonSerializable(typeof(List<ListOnlyContact>))]
internal sealed partial class DataJsonContext : JsonSerializerContext;
