namespace OutlookNetworking.GraphSimulator.Generator;

/// <summary>An entry of expected.json's mustSuggest or mustNotSuggest.</summary>
internal sealed record Expectation(string Contact, IReadOnlyList<string>? Kinds, string? Why);
