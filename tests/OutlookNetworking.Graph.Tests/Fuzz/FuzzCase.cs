using System.Text.Json.Nodes;

namespace OutlookNetworking.Graph.Tests.Fuzz;

/// <summary>What must become of a fuzzed item: kept (upserted), deleted (an <c>@removed</c> entry) or skipped.</summary>
internal enum FuzzOutcome
{
    Keep,
    Remove,
    Skip,
}

/// <summary>One generated delta item, the name of its mutation and the outcome the Graph contract demands.</summary>
internal sealed record FuzzCase(JsonNode? Item, string Mutation, FuzzOutcome Outcome, string? Id);
